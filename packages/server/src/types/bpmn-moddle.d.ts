// The parts of bpmn-moddle we use; the package ships element types but none for its entry point.
declare module "bpmn-moddle" {
  export type ModdleElement = {
    $type: string;
    id?: string;
    name?: string;
    $attrs?: Record<string, string>;
    [key: string]: unknown;
  };
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: { message: string }[] }>;
  }
}
