// Generated from the server's OpenAPI document by `npm run openapi`: do not edit.
// CI runs `npm run openapi -- --check` and fails when this file is stale.

export interface paths {
  "/api/v1/admin/calendar/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 替换某年度的工作日历（区级管理员） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            holidays: {
              date: string;
              name: string;
            }[];
            workdays: {
              date: string;
              name: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              holidays: {
                date: string;
                name: string;
              }[];
              /** @description 按新日历重算的在办期限（保留剩余工作日数） */
              rescheduled: {
                /** @description 承诺或法定办结日期变动的在办办件数 */
                cases: number;
                /** @description 答复期限变动的督办单数 */
                orders: number;
                /** @description 期限变动的整改数 */
                rectifications: number;
                /** @description 期限变动的在办环节数 */
                tasks: number;
              };
              workdays: {
                date: string;
                name: string;
              }[];
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/devices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 辖区内的设备 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                id: string;
                /** @description kiosk 自助终端，display 叫号屏 */
                kind: "kiosk" | "display";
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                lastSeenAt: string | null;
                name: string;
                /** @description 令牌已吊销 */
                revoked: boolean;
                siteCode: string;
                siteName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 登记自助终端或叫号屏，返回设备令牌（仅显示一次） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            kind: "kiosk" | "display";
            name: string;
            siteCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/district-images/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除栏目图片 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description no body */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/district-pages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 魅力开福：编辑用（含未发布） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 正文原文（段落之间空一行） */
                body: string;
                images: {
                  bytes: number;
                  caption: string;
                  id: string;
                  /** @description 图片地址（/api/v1/public/district-images/{id}） */
                  url: string;
                }[];
                /** @description 正文按空行分段 */
                paragraphs: string[];
                published: boolean;
                /**
                 * @description intro 开福简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传
                 * @enum {string}
                 */
                section: "intro" | "scenery" | "history" | "economy" | "civility" | "party";
                /** @description 栏目名称 */
                sectionName: string;
                summary: string;
                title: string;
                /**
                 * Format: date-time
                 * @description UTC（toISOString）
                 */
                updatedAt: string;
                /** @description 保存时回传，防止覆盖他人的修改 */
                version: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/district-pages/{section}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存栏目（区级管理员）；version 为开始编辑时的版本，期间他人保存过则 409 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description intro 开福简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传 */
          section: "intro" | "scenery" | "history" | "economy" | "civility" | "party";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            published: boolean;
            summary: string;
            title: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * @description intro 开福简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传
               * @enum {string}
               */
              section: "intro" | "scenery" | "history" | "economy" | "civility" | "party";
              /** @description 保存后的版本 */
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/district-pages/{section}/images": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传栏目图片（JPEG、PNG、WebP，不超过 2 MB，Base64） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description intro 开福简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传 */
          section: "intro" | "scenery" | "history" | "economy" | "civility" | "party";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            caption: string;
            dataBase64: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              bytes: number;
              caption: string;
              id: string;
              /** @description 图片地址 */
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/processes/{key}/bpmn": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入 BPMN 2.0 流程（bpmn.io 建模器导出的 XML），成为该事项的新流程版本；在办案件不受影响 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 流程定义：节点与连线 */
              definition: {
                /** @description 事项编码 */
                key: string;
                name: string;
                /** @description 节点，按 id */
                nodes: {
                  [key: string]:
                    | {
                        /** @description 办理该环节的机构：办件所在社区、其街道或区部门 */
                        candidate: {
                          /** @description 部门键（如 MZ），办理机构为区部门时 */
                          deptKey?: string;
                          orgKind: "community" | "street" | "department";
                        };
                        /** @description 该环节的办理时限（工作日） */
                        days: number;
                        name: string;
                        next: string;
                        /** @enum {string} */
                        type: "userTask";
                      }
                    | {
                        branches: string[];
                        /** @enum {string} */
                        type: "parallelSplit";
                      }
                    | {
                        next: string;
                        /** @enum {string} */
                        type: "parallelJoin";
                      }
                    | {
                        otherwise: string;
                        routes: {
                          next: string;
                          when: {
                            equals: string | number | boolean;
                            /** @description 申请表字段 */
                            field: string;
                          };
                        }[];
                        /** @enum {string} */
                        type: "exclusive";
                      }
                    | {
                        outcome: "approved" | "rejected";
                        /** @enum {string} */
                        type: "end";
                      };
                };
                /** @description 第一个节点的 id */
                start: string;
                version: number;
              };
              key: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/sandbox/biller": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 沙箱缴费单位的行为（演示与测试）：ok / down / decline / timeout / lost / flaky */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            mode: "ok" | "down" | "decline" | "timeout" | "lost" | "flaky";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              mode: "ok" | "down" | "decline" | "timeout" | "lost" | "flaky";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/staff": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 辖区内的工作人员账号 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                active: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                id: string;
                name: string;
                orgCode: string;
                orgName: string;
                /** @description 脱敏的手机号 */
                phone: string | null;
                roles: {
                  /** @description 授权范围（该机构及其下级） */
                  orgCode: string;
                  /** @enum {string} */
                  role: "admin" | "clerk" | "approver" | "supervisor";
                }[];
                username: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 创建工作人员账号 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @description 12-digit area code, or <area>-<KEY> for a department */
            orgCode: string;
            password: string;
            phone?: string;
            roles: {
              /** @description 12-digit area code, or <area>-<KEY> for a department */
              orgCode: string;
              role: "admin" | "clerk" | "approver" | "supervisor";
            }[];
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件统计：合计、下级单位（区→街道→社区逐级下钻）、按事项、按分类、每日趋势；在办与超期为实时数 */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM */
          from?: string;
          org?: string;
          /** @description YYYY-MM */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              byCategory: {
                /** @description 受理 */
                accepted: number;
                /** @description 准予 */
                approved: number;
                categoryCode: string;
                categoryName: string;
                /** @description 办结 */
                completed: number;
                /** @description 受理到办结的平均天数；无办结时为 null */
                meanDays: number | null;
                /** @description 按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结时为 null */
                onTimeRate: number | null;
                /** @description 收件 */
                received: number;
              }[];
              byItem: {
                /** @description 受理 */
                accepted: number;
                /** @description 准予 */
                approved: number;
                /** @description 办结 */
                completed: number;
                itemCode: string;
                itemName: string;
                /** @description 受理到办结的平均天数；无办结时为 null */
                meanDays: number | null;
                /** @description 按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结时为 null */
                onTimeRate: number | null;
                /** @description 收件 */
                received: number;
              }[];
              /** @description 下级单位（区→街道→社区），可逐级下钻；社区没有下级 */
              children: {
                /** @description 受理 */
                accepted: number;
                /** @description 准予 */
                approved: number;
                /** @description 办结 */
                completed: number;
                /**
                 * @description district 区 / street 街道 / community 社区 / department 部门
                 * @enum {string}
                 */
                kind: "district" | "street" | "community" | "department";
                /** @description 受理到办结的平均天数；无办结时为 null */
                meanDays: number | null;
                /** @description 按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结时为 null */
                onTimeRate: number | null;
                /** @description 在办（实时） */
                open: number;
                orgCode: string;
                orgName: string;
                /** @description 超期在办（实时） */
                overdue: number;
                /** @description 收件 */
                received: number;
              }[];
              org: {
                code: string;
                /**
                 * @description district 区 / street 街道 / community 社区 / department 部门
                 * @enum {string}
                 */
                kind: "district" | "street" | "community" | "department";
                name: string;
                /** @description 上级单位；区为 null */
                parentCode: string | null;
              };
              period: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                from: string;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                to: string;
              };
              totals: {
                /** @description 受理 */
                accepted: number;
                /** @description 准予 */
                approved: number;
                /** @description 办结 */
                completed: number;
                /** @description 受理到办结的平均天数；无办结时为 null */
                meanDays: number | null;
                /** @description 按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结时为 null */
                onTimeRate: number | null;
                /** @description 在办（实时） */
                open: number;
                /** @description 超期在办（实时） */
                overdue: number;
                /** @description 收件 */
                received: number;
              };
              trend: {
                /** @description 受理 */
                accepted: number;
                /** @description 准予 */
                approved: number;
                /** @description 办结 */
                completed: number;
                /** @description 受理到办结的平均天数；无办结时为 null */
                meanDays: number | null;
                /** @description 按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结时为 null */
                onTimeRate: number | null;
                /** @description YYYY-MM-DD 或 YYYY-MM */
                period: string;
                /** @description 收件 */
                received: number;
              }[];
              /** @description 三个月以内按日，否则按月 */
              trendBy: "day" | "month";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 把统计页上的表格导出为 Excel（每张表一个工作表） */
    get: {
      parameters: {
        query: {
          date?: string;
          /** @description YYYY-MM */
          from?: string;
          org?: string;
          /** @description target share, e.g. 0.8 */
          share?: string;
          site?: string;
          /** @description YYYY-MM */
          to?: string;
          view: "cases" | "workload" | "queue" | "staffing";
          /** @description target wait in minutes */
          wait?: string;
          /** @description 1–26, default 4 */
          weeks?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 统计表格工作簿（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/queue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各服务大厅排队指标（某日，默认今天） */
    get: {
      parameters: {
        query?: {
          date?: string;
          org?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              org: {
                code: string;
                name: string;
              };
              /** @description 当日有取号的大厅 */
              sites: {
                /** @description 平均办理时长（分钟） */
                avgServiceMinutes: number | null;
                /** @description 平均等候（取号到首次叫号，分钟） */
                avgWaitMinutes: number | null;
                /** @description 过号率（0–1） */
                noShowRate: number | null;
                /** @description 过号数 */
                noShows: number;
                /** @description 90% 等候不超过（分钟） */
                p90WaitMinutes: number | null;
                /** @description 办结数 */
                served: number;
                siteCode: string;
                siteName: string;
                targetWaitMinutes: number;
                /** @description 取号数 */
                tickets: number;
                /** @description 仍在等候 */
                waiting: number;
                /** @description 目标等候内叫号的比例（0–1） */
                withinTargetShare: number | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/staffing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 窗口配置建议（Erlang C）：按近几周每小时到达量与平均办理时长，给出达到目标（如 80% 在 15 分钟内叫号）所需窗口数 */
    get: {
      parameters: {
        query: {
          /** @description target share, e.g. 0.8 */
          share?: string;
          site: string;
          /** @description target wait in minutes */
          wait?: string;
          /** @description 1–26, default 4 */
          weeks?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              hours: {
                arrivalsPerHour: number;
                /** @description 所需窗口数 */
                counters: number;
                /** @description 时段（0–23 点，北京时间） */
                hour: number;
                /** @description 话务量（Erlang） */
                load: number;
                /** @description 该窗口数下平均等候（分钟） */
                meanWaitMinutes: number;
                /** @description 该窗口数下目标等候内叫号的比例 */
                serviceLevel: number;
              }[];
              /** @description 计算所用的数据 */
              inputs: {
                /** @description 大厅现有窗口数 */
                countersInHall: number;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                from: string;
                /** @description 平均办理时长（分钟） */
                meanServiceMinutes: number;
                served: number;
                target: {
                  /** @description 目标比例，如 0.8 */
                  share: number;
                  /** @description 目标等候（分钟） */
                  waitMinutes: number;
                };
                tickets: number;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                to: string;
                /** @description 观察期内的工作日数 */
                workingDays: number;
              };
              siteCode: string;
              siteName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/workload": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 实时工作量：各单位待办与超期环节，每人今日办理环节数与受理办件数 */
    get: {
      parameters: {
        query?: {
          org?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              offices: {
                /**
                 * @description district 区 / street 街道 / community 社区 / department 部门
                 * @enum {string}
                 */
                kind: "district" | "street" | "community" | "department";
                /** @description 待办环节 */
                openTasks: number;
                orgCode: string;
                orgName: string;
                /** @description 超期环节 */
                overdueTasks: number;
              }[];
              org: {
                code: string;
                name: string;
              };
              people: {
                /** @description 今日受理办件数 */
                casesAccepted: number;
                name: string;
                orgName: string;
                staffId: string;
                /** @description 今日办理环节数 */
                tasksDone: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志查询（按人员、对象、动作、时间） */
    get: {
      parameters: {
        query?: {
          /** @description prefix, e.g. queue. or case.accept */
          action?: string;
          from?: string;
          /** @description 1–500, default 100 */
          limit?: string;
          /** @description object id, e.g. a case number */
          target?: string;
          to?: string;
          username?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @example case.accept */
                action: string;
                actorType: "staff" | "device" | "resident" | "system" | "anonymous";
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                /** @description 补充信息（写入时已脱敏） */
                detail: {
                  [key: string]: unknown;
                };
                id: number;
                ip: string | null;
                /** @description 工作人员所在机构 */
                orgName: string | null;
                /** @description 已封入哈希链 */
                sealed: boolean;
                staffName: string | null;
                /** @description 对象编号，如办件编号 */
                targetId: string | null;
                targetType: string | null;
                /** @description 工作人员用户名；设备、匿名调用为 null */
                username: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/chain": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计哈希链校验结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 第一条对不上的记录：被改、被删或顺序不对 */
              broken?: {
                /** @description 审计记录 id；缺失或链尾被删时为 null */
                id: number | null;
                reason: "hash" | "link" | "gap" | "head";
                /** @description 链序号 */
                seq: number;
              };
              /** @description 已校验的条数 */
              checked: number;
              /** @description 整条链校验通过 */
              ok: boolean;
              /** @description 尚未封入链的条数 */
              unsealed: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 工作人员登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              idleTimeoutMinutes: number;
              token: string;
              user: {
                id: string;
                name: string;
                orgCode: string;
                orgName: string;
                roles: {
                  orgCode: string;
                  orgName: string;
                  /** @enum {string} */
                  role: "admin" | "clerk" | "approver" | "supervisor";
                }[];
                username: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前登录的工作人员（含密码是否到期需更换） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              orgCode: string;
              orgName: string;
              passwordChangedAt: string;
              passwordExpired: boolean;
              roles: {
                orgCode: string;
                orgName: string;
                /** @enum {string} */
                role: "admin" | "clerk" | "approver" | "supervisor";
              }[];
              username: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改本人密码（其他会话随之失效） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日历已录入的年度（其余年度只按周末计算） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 放假日数 */
                holidays: number;
                /**
                 * Format: date-time
                 * @description 管理员最近保存的时间；随版本发布的数据为 null
                 */
                updatedAt: string | null;
                updatedBy: string | null;
                /** @description 调休上班日数 */
                workdays: number;
                year: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/calendar/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某年度的工作日历（节假日与调休上班日） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              holidays: {
                date: string;
                name: string;
              }[];
              workdays: {
                date: string;
                name: string;
              }[];
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 综合窗口受理办件（容缺受理用 acceptMode: tolerate-missing） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            acceptMode?: "normal" | "tolerate-missing";
            applicant: {
              idNumber: string;
              name: string;
              /** @description may be left out when the resident's phone is on file */
              phone?: string;
            };
            communityCode?: string;
            formData?: {
              [key: string]: unknown;
            };
            itemCode: string;
            materials: {
              id: string;
              provided: boolean;
            }[];
            siteCode?: string;
            /** Format: uuid */
            ticketId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              deadline: string;
              deadlineDate: string;
              /** @description resident's progress page (the receipt's QR code) */
              progressUrl: string;
              receipt: {
                acceptedAt: string;
                itemName: string;
                missing: {
                  dueDate: string;
                  name: string;
                }[];
                siteName: string;
              };
              /** @enum {string} */
              status: "accepted";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件详情（申请人信息已脱敏） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              acceptedAt: string;
              /** @description normal 受理，tolerate-missing 容缺受理，deemed 收件后逾期未告知视为受理 */
              acceptMode: "normal" | "tolerate-missing" | "deemed";
              /** @description 申请人（证件号、手机号已脱敏） */
              applicant: {
                /** @description 脱敏身份证号 */
                idNumber: string;
                name: string;
                /** @description 脱敏手机号 */
                phone: string | null;
              };
              caseNo: string;
              communityCode: string;
              /**
               * Format: date-time
               * @description 期限当日 23:59:59（北京时间）
               * @example 2026-11-25T23:59:59+08:00
               */
              deadline: string | null;
              decisionNotice:
                ("permitGranted" | "permitRefused" | "decision" | "decisionRefused") | (never | null);
              /** @description 结果送达：已作出决定的办件最迟哪天送达、送达情况；未决定时为 null */
              delivery: {
                /** @description 代领人姓名 */
                agentName: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                deliveredAt: string | null;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                due: string;
                /** @enum {string|null} */
                method: "window" | "post" | "electronic" | null;
                methodText: string | null;
                note: string | null;
              } | null;
              /** @description 延长办理期限 */
              extension: {
                /** @description 事项可延长的工作日数（累计） */
                allowedDays: number;
                /** @description 本件已延长的工作日数 */
                extendedDays: number;
              };
              /** @description 申请表填写的内容 */
              formData: {
                [key: string]: unknown;
              };
              /** @description 事项分类编码 */
              itemCategory: string;
              itemCode: string;
              /** @description 事项类型（permit 行政许可 …） */
              itemKind: string;
              itemName: string;
              materials: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string | null;
                id: string;
                name: string;
                provided: boolean;
                required: boolean;
                reusedLevel: ("A" | "B") | (never | null);
              }[];
              /** @description 计时暂停（补正或特别程序） */
              paused: boolean;
              /** @enum {string} */
              status:
                | "accepted"
                | "in_review"
                | "supplement_required"
                | "approved"
                | "rejected"
                | "not_accepted"
                | "withdrawn";
              statusText: string;
              /**
               * Format: date-time
               * @description 期限当日 23:59:59（北京时间）
               * @example 2026-11-25T23:59:59+08:00
               */
              statutoryDeadline: string | null;
              /** @description 补正：申请人须在哪天前补齐、是否已逾期；不在补正时为 null */
              supplement: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                due: string;
                overdue: boolean;
              } | null;
              /** @description 办理环节 */
              tasks: {
                comment: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                completedAt: string | null;
                /**
                 * Format: date-time
                 * @description 期限当日 23:59:59（北京时间）
                 * @example 2026-11-25T23:59:59+08:00
                 */
                dueAt: string | null;
                id: string;
                name: string;
                orgCode: string;
                orgName: string;
                status: "open" | "approved" | "rejected" | "returned" | "cancelled";
              }[];
              /** @description 办件时间轴，时间顺序 */
              timeline: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                /**
                 * @description 发生了什么
                 * @enum {string}
                 */
                kind:
                  | "accepted"
                  | "not_accepted"
                  | "forwarded"
                  | "reviewed"
                  | "supplement_requested"
                  | "supplement_received"
                  | "decided"
                  | "withdrawn"
                  | "special_started"
                  | "special_ended"
                  | "extended"
                  | "rescheduled"
                  | "delivered";
                /** @description 经办机构；仅工作人员看到，公开查询不含 */
                orgName?: string;
                /**
                 * @description 环节名称（按 Accept-Language）
                 * @example 受理
                 */
                stage: string;
                /** @description 说明（按 Accept-Language） */
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/deliver": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结果送达：窗口登记已作出决定的办件结果已送达（本人或代领人窗口领取、邮寄、电子送达），每件一次，记入时间轴 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 代领人姓名；本人领取时不填 */
            agentName?: string;
            /**
             * @description window 窗口领取 / post 邮寄 / electronic 电子送达
             * @enum {string}
             */
            method: "window" | "post" | "electronic";
            /** @description 送达说明；邮寄须填运单号 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              /** Format: date-time */
              deliveredAt: string;
              method: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/documents/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件文书 PDF：acceptance 受理通知书（含进度二维码）、refusal 不予受理通知书、supplement 补齐补正通知书、special 特殊程序告知书、decision 办结文书（行政许可为准予/不予行政许可决定书，其他事项为办结通知书/不予批准通知书） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNo: string;
          kind: "acceptance" | "refusal" | "supplement" | "special" | "extension" | "decision" | "delivery";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 办件文书（application/pdf） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延长办理期限（行政许可法第四十二条）：承办部门经负责人批准，将办件及在办环节的期限顺延若干工作日，并短信告知申请人理由；累计不超过事项的可延长日数 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 延长的工作日数 */
            days: number;
            /** @description 延长理由（告知申请人） */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              /** @description 累计已延长的工作日数 */
              extendedDays: number;
              /** @description 还可延长的工作日数 */
              extensionDaysLeft: number;
              /** Format: date */
              promisedDue: string | null;
              /** Format: date */
              statutoryDue: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/resubmit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补正材料已交回，继续办理（计时顺延） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            materials: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              case: {
                caseNo: string;
                /** @enum {string} */
                status:
                  | "accepted"
                  | "in_review"
                  | "supplement_required"
                  | "approved"
                  | "rejected"
                  | "not_accepted"
                  | "withdrawn";
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/shared-data/{source}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审核时查询部门共享数据（房产 property / 国土 land），每次查询按用途留痕 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNo: string;
          source: "property" | "land";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 部门系统应答用时（毫秒） */
              durationMs: number;
              /** @description 查询用途（留痕） */
              purpose: string;
              records:
                | {
                    address: string;
                    areaM2: number;
                    /** @description 不动产权证号 */
                    certificateNo: string;
                    /**
                     * Format: date
                     * @example 2026-11-18
                     */
                    registeredOn: string;
                    use: string;
                  }[]
                | {
                    areaM2: number;
                    kind: string;
                    location: string;
                    /** @description 宗地号 */
                    parcelNo: string;
                    rightHolderShare: string;
                  }[];
              source: "property" | "land";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/special-procedure": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启动特别程序（听证、鉴定、专家评审等）：暂停计时并告知申请人；结束前不能办理该环节 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description 听证/招标/拍卖/检验检测检疫/鉴定/专家评审
             * @enum {string}
             */
            kind: "hearing" | "tender" | "auction" | "inspection" | "appraisal" | "expert_review";
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              /** @description 计时已暂停（总为 true） */
              paused: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/special-procedure/end": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束特别程序：恢复计时，办件与在办环节的期限顺延特别程序所用工作日 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            result: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              /** @description 计时已恢复（总为 false） */
              paused: boolean;
              /**
               * Format: date
               * @example 2026-11-18
               */
              promisedDue: string | null;
              /** @description 特别程序用去的工作日数（不计入时限） */
              workingDays: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/{caseNo}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回申请：申请人书面申请撤回，未办结的办件终止办理，在办环节取消，短信告知 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          caseNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              case: {
                caseNo: string;
                /** @enum {string} */
                status:
                  | "accepted"
                  | "in_review"
                  | "supplement_required"
                  | "approved"
                  | "rejected"
                  | "not_accepted"
                  | "withdrawn";
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/receipts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本大厅待审查的收件，审查期限最近的在前 */
    get: {
      parameters: {
        query?: {
          siteCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                applicantName: string;
                /** @description 今天是审查期限的最后一天 */
                dueToday: boolean;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                examineBy: string;
                id: string;
                itemCode: string;
                itemName: string;
                /** @description 已收材料的 id */
                providedMaterials: string[];
                receiptNo: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                receivedAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    /** 收件登记：收下材料、稍后审查；5 个工作日内未告知补正的，自收件之日起视为受理 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            applicant: {
              idNumber: string;
              name: string;
              /** @description may be left out when the resident's phone is on file */
              phone?: string;
            };
            communityCode?: string;
            formData?: {
              [key: string]: unknown;
            };
            itemCode: string;
            materials: {
              id: string;
              provided: boolean;
            }[];
            siteCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date
               * @example 2026-11-18
               */
              examineBy: string;
              id: string;
              itemName: string;
              /** @description 回执上告知申请人的话 */
              notice: string;
              /** @description 已收材料的名称 */
              provided: string[];
              /** @example SJ20261118000123 */
              receiptNo: string;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              receivedAt: string;
              siteName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/receipts/{id}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审查后受理收件（申请人与申请表取自收件登记，无需重录） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            acceptMode?: "normal" | "tolerate-missing";
            materials: {
              id: string;
              provided: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              /**
               * Format: date
               * @example 2026-11-18
               */
              deadlineDate: string;
              /** @description resident's progress page (the receipt's QR code) */
              progressUrl: string;
              receipt: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                acceptedAt: string;
                itemName: string;
                /** @description 容缺受理时待补交的材料及期限 */
                missing: {
                  /**
                   * Format: date
                   * @example 2026-11-18
                   */
                  dueDate: string;
                  name: string;
                }[];
                siteName: string;
              };
              /** @enum {string} */
              status: "accepted";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/receipts/{id}/notify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 对收件一次性告知补正（告知书 PDF 见 POST /notices/missing-materials） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            missing: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              status: "notified";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/refusals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予受理（须说明理由，出具不予受理通知书） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            applicant: {
              idNumber: string;
              name: string;
              /** @description may be left out when the resident's phone is on file */
              phone?: string;
            };
            communityCode?: string;
            itemCode: string;
            reason: string;
            siteCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              caseNo: string;
              notice: {
                itemName: string;
                reason: string;
                refusedAt: string;
                siteName: string;
              };
              /** @enum {string} */
              status: "not_accepted";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cases/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办件查询：按办件编号、申请人姓名或身份证号（按身份证号查询记入审计），可按状态、事项、受理日期筛选 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description China date, YYYY-MM-DD */
            acceptedFrom?: string;
            /** @description China date, YYYY-MM-DD */
            acceptedTo?: string;
            /** @description `next` of the previous page */
            cursor?: string;
            itemCode?: string;
            /** @description default 50 */
            limit?: number;
            /** @description case number or applicant name (part of), an ID number or a mobile number */
            q?: string;
            /** @enum {string} */
            status?:
              | "open"
              | "ended"
              | "undelivered"
              | "accepted"
              | "in_review"
              | "supplement_required"
              | "approved"
              | "rejected"
              | "not_accepted"
              | "withdrawn";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                acceptedAt: string;
                applicantName: string;
                caseNo: string;
                communityName: string;
                deadline: string | null;
                itemCode: string;
                itemName: string;
                paused: boolean;
                status: string;
                statusText: string;
              }[];
              /** @description cursor of the next page, if any */
              next: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/catalog/categories": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项分类 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/catalog/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出事项目录 Excel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 事项目录工作簿（xlsx），可编辑后再导入 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/catalog/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索服务事项（名称、编码或主管部门） */
    get: {
      parameters: {
        query?: {
          category?: string;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                category: string;
                categoryName: string;
                code: string;
                communityIssuable: boolean;
                departmentCode: string;
                departmentName: string;
                handling: "instant" | "promised";
                kind: string;
                kindName: string;
                materials: {
                  id: string;
                  name: string;
                  required: boolean;
                }[];
                name: string;
                online: boolean;
                promisedDays: number;
                statutoryDays: number;
                timeLimitText: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/catalog/items/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项详情（实施清单）：材料、时限、办理环节、依据、收费 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              agencyUscc: string;
              basicCode: string;
              category: string;
              categoryName: string;
              code: string;
              communityIssuable: boolean;
              consultPhone: string | null;
              departmentCode: string;
              departmentName: string;
              /** @description 经批准可延长的办理期限（工作日，累计）；0 为不可延长 */
              extensionDays: number;
              feeFen: number;
              feeText: string;
              form: unknown | (never | null);
              handling: "instant" | "promised";
              kind: string;
              kindName: string;
              legalBasis: string;
              levelText: string;
              materials: {
                copies: number;
                form: string;
                formName: string;
                id: string;
                name: string;
                note: string | null;
                required: boolean;
                source: string;
              }[];
              maxVisits: number;
              name: string;
              notIssuableReason: string | null;
              online: boolean;
              promisedDays: number;
              statutoryDays: number;
              steps: {
                days: number;
                deptKey?: string;
                name: string;
                orgKind: string;
                parallel: boolean;
              }[];
              supervisePhone: string | null;
              timeLimitText: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/devices/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前设备（自助终端、叫号屏用设备令牌调用，得知所在大厅） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @description kiosk 自助终端，display 叫号屏 */
              kind: "kiosk" | "display";
              name: string;
              /** @description 所在服务大厅 */
              siteCode: string;
              siteName: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evaluations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 评价列表：承办单位（box=office，不含评价人身份）或电子监察（box=supervision，含办件与脱敏的评价人） */
    get: {
      parameters: {
        query: {
          bad?: "true" | "false";
          box: "office" | "supervision";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 最新的在前，至多 500 条 */
              items: {
                /** @description 被评价单位的申诉 */
                appeal: {
                  /** @description 裁定意见 */
                  note: string | null;
                  reason: string | null;
                  status: "none" | "pending" | "upheld" | "dismissed";
                };
                /** @description 电子监察：回访记录；未回访时为 null */
                callback?: {
                  /**
                   * Format: date-time
                   * @example 2026-11-18T10:00:00+08:00
                   */
                  at: string;
                  note: string | null;
                  reached: boolean | null;
                } | null;
                /** @description 电子监察：办件编号（一事一评） */
                caseNo?: string | null;
                /** @description online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后 */
                channel: "online" | "onsite" | "kiosk";
                comment: string | null;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                date: string;
                /** @description 电子监察：评价人（脱敏） */
                evaluator?: {
                  /** @description 脱敏姓名 */
                  name: string | null;
                  /** @description 脱敏手机号 */
                  phone: string | null;
                };
                id: string;
                level: number;
                levelText: string;
                orgCode: string;
                orgName: string;
                /** @description 差评的整改；没有整改任务时为 null */
                rectification: {
                  callbackDone: boolean;
                  /**
                   * Format: date
                   * @example 2026-11-18
                   */
                  dueDate: string | null;
                  id: string;
                  /** @description 整改情况 */
                  result: string | null;
                  status: ("open" | "done" | "withdrawn") | (never | null);
                } | null;
                /** @description 所评的事项或排队业务名称；都没有时为空串 */
                subject: string;
                /** @description 电子监察：取号号码（一次一评） */
                ticketNumber?: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evaluations/{id}/appeal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 被评价单位对恶意差评提出申诉 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 被评价单位的申诉 */
              appeal: {
                /** @description 裁定意见 */
                note: string | null;
                reason: string | null;
                status: "none" | "pending" | "upheld" | "dismissed";
              };
              /** @description 电子监察：回访记录；未回访时为 null */
              callback?: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                note: string | null;
                reached: boolean | null;
              } | null;
              /** @description 电子监察：办件编号（一事一评） */
              caseNo?: string | null;
              /** @description online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后 */
              channel: "online" | "onsite" | "kiosk";
              comment: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              /** @description 电子监察：评价人（脱敏） */
              evaluator?: {
                /** @description 脱敏姓名 */
                name: string | null;
                /** @description 脱敏手机号 */
                phone: string | null;
              };
              id: string;
              level: number;
              levelText: string;
              orgCode: string;
              orgName: string;
              /** @description 差评的整改；没有整改任务时为 null */
              rectification: {
                callbackDone: boolean;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string | null;
                id: string;
                /** @description 整改情况 */
                result: string | null;
                status: ("open" | "done" | "withdrawn") | (never | null);
              } | null;
              /** @description 所评的事项或排队业务名称；都没有时为空串 */
              subject: string;
              /** @description 电子监察：取号号码（一次一评） */
              ticketNumber?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evaluations/{id}/appeal-decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 监察人员裁定申诉：成立则该评价不计入统计并撤销整改 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
            upheld: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 被评价单位的申诉 */
              appeal: {
                /** @description 裁定意见 */
                note: string | null;
                reason: string | null;
                status: "none" | "pending" | "upheld" | "dismissed";
              };
              /** @description 电子监察：回访记录；未回访时为 null */
              callback?: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                note: string | null;
                reached: boolean | null;
              } | null;
              /** @description 电子监察：办件编号（一事一评） */
              caseNo?: string | null;
              /** @description online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后 */
              channel: "online" | "onsite" | "kiosk";
              comment: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              /** @description 电子监察：评价人（脱敏） */
              evaluator?: {
                /** @description 脱敏姓名 */
                name: string | null;
                /** @description 脱敏手机号 */
                phone: string | null;
              };
              id: string;
              level: number;
              levelText: string;
              orgCode: string;
              orgName: string;
              /** @description 差评的整改；没有整改任务时为 null */
              rectification: {
                callbackDone: boolean;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string | null;
                id: string;
                /** @description 整改情况 */
                result: string | null;
                status: ("open" | "done" | "withdrawn") | (never | null);
              } | null;
              /** @description 所评的事项或排队业务名称；都没有时为空串 */
              subject: string;
              /** @description 电子监察：取号号码（一次一评） */
              ticketNumber?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evaluations/{id}/contact": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 回访用：评价人的完整手机号（读取个人信息，记入审计） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 评价人未留手机号时为 null */
              phone: string | (never | null);
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 自助终端：按读卡得到的身份证号列出办件 */
    get: {
      parameters: {
        query: {
          idNumber: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 最近受理的在前 */
              items: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                acceptedAt: string;
                caseNo: string;
                itemName: string;
                /** @enum {string} */
                status:
                  | "accepted"
                  | "in_review"
                  | "supplement_required"
                  | "approved"
                  | "rejected"
                  | "not_accepted"
                  | "withdrawn";
                statusText: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/doctors/{doctorId}/slots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 医疗挂号：未来 7 天的号源 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          doctorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                date: string;
                doctorId: string;
                /** @description 号源编号（预约时提交） */
                id: string;
                /** @description 剩余号数 */
                left: number;
                period: "上午" | "下午";
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/hospitals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 医疗挂号：医院 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                address: string;
                id: string;
                /** @description 医院等级，如 三级甲等 */
                level: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/hospitals/{hospitalId}/departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 医疗挂号：科室 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          hospitalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/hospitals/{hospitalId}/departments/{departmentId}/doctors": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 医疗挂号：医生 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          departmentId: string;
          hospitalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 挂号费（分） */
                feeFen: number;
                id: string;
                name: string;
                /** @description 职称 */
                title: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/medical-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 医保个人账户划拨查询（读卡 + 本人授权） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description the resident tapped 同意 on the consent screen */
            consent: boolean;
            /** @description from the ID card or social-security card reader */
            idNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 个人账户余额（分） */
              balanceFen: number;
              /** @description 脱敏身份证号 */
              idNumberMasked: string;
              transfers: {
                amountFen: number;
                /**
                 * @description YYYY-MM
                 * @example 2026-11
                 */
                month: string;
                note: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/payments/{orderNo}/evaluation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 缴费后好差评（一次一评） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          orderNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string;
            /** @description 5 非常满意 … 1 非常不满意 */
            level: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              level: number;
              /** @example 非常满意 */
              levelText: string;
              /** @description 差评（≤2）生成的整改任务；好评时没有此字段 */
              rectification?: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string;
                id: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/registrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 预约挂号（读卡 + 本人授权）；同一 Idempotency-Key 只挂一个号 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            consent: boolean;
            idNumber: string;
            slotId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 预约号 */
              bookingNo: string;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              department: string;
              /** @description 医生（职称） */
              doctor: string;
              /** @description 挂号费（分） */
              feeFen: number;
              hospital: string;
              /** @description 上午 / 下午 */
              period: string;
              /** @description 就诊序号 */
              queueNo: number;
              status: "booked" | "cancelled";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/registrations/{bookingNo}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消预约挂号（须本人身份证） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          bookingNo: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            idNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 预约号 */
              bookingNo: string;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              department: string;
              /** @description 医生（职称） */
              doctor: string;
              /** @description 挂号费（分） */
              feeFen: number;
              hospital: string;
              /** @description 上午 / 下午 */
              period: string;
              /** @description 就诊序号 */
              queueNo: number;
              status: "booked" | "cancelled";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/social-security": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 社保查询（读卡 + 本人授权）：参保险种与近期缴费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description the resident tapped 同意 on the consent screen */
            consent: boolean;
            /** @description from the ID card or social-security card reader */
            idNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 脱敏身份证号 */
              idNumberMasked: string;
              recent: {
                /** @description 缴费基数（分） */
                baseFen: number;
                /** @description 单位缴费（分） */
                employerFen: number;
                /**
                 * @description YYYY-MM
                 * @example 2026-11
                 */
                month: string;
                /** @description 个人缴费（分） */
                personalFen: number;
                scheme: string;
              }[];
              schemes: {
                /**
                 * @description YYYY-MM
                 * @example 2026-11
                 */
                lastPaidMonth: string;
                /** @description 累计缴费月数 */
                monthsPaid: number;
                /** @description 险种 */
                scheme: string;
                /**
                 * @description YYYY-MM
                 * @example 2026-11
                 */
                since: string;
                /** @description 参保状态 */
                status: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/kiosk/traffic-violations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 车辆违章查询：车牌号 + 发动机号后六位 */
    get: {
      parameters: {
        query: {
          engineTail: string;
          plate: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 违法行为 */
                act: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                /** @description 罚款（分） */
                fineFen: number;
                /** @description 已处理 */
                handled: boolean;
                place: string;
                /** @description 记分 */
                points: number;
              }[];
              /** @description 规范化后的车牌号 */
              plate: string;
              /** @description 未处理罚款合计（分） */
              totalFineFen: number;
              /** @description 未处理记分合计 */
              totalPoints: number;
              /** @description 未处理条数 */
              unhandled: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/notices/missing-materials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知书 PDF：列明办理该事项尚缺的全部材料（不保存记录） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            applicantName?: string;
            itemCode: string;
            missing: string[];
            siteCode?: string;
          };
        };
      };
      responses: {
        /** @description 一次性告知书（application/pdf） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发给某手机号的通知（区级管理员；查询留痕） */
    get: {
      parameters: {
        query: {
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                attempts: number;
                /** @enum {string} */
                channel: "sms";
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                sentAt: string | null;
                status: "pending" | "sent" | "failed";
                text: string;
                /** @description 手机号（脱敏） */
                to: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/orgs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下级机构列表（不给 parent 时为顶层）；只列出调用者辖区内及其上级路径上的机构 */
    get: {
      parameters: {
        query?: {
          /** @description 12-digit area code, or <area>-<KEY> for a department */
          parent?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                childCount: number;
                code: string;
                deptKey: string | null;
                kind: "district" | "street" | "community" | "department";
                name: string;
                parentCode: string | null;
                shortName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/orgs/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 机构详情：上级路径、服务大厅与窗口 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 12-digit area code, or <area>-<KEY> for a department */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              address: string | null;
              /** @description 上级路径，从区开始 */
              ancestors: {
                code: string;
                kind: "district" | "street" | "community" | "department";
                name: string;
              }[];
              code: string;
              /** @description 大厅的窗口 */
              counters: {
                id: string;
                kind: "comprehensive" | "dedicated" | "collection";
                name: string;
                /** @description 窗口号 */
                number: number;
                status: "open" | "paused" | "closed";
              }[];
              deptKey: string | null;
              kind: "district" | "street" | "community" | "department";
              name: string;
              parentCode: string | null;
              /** @description 机构办公电话 */
              phone: string | null;
              shortName: string;
              /** @description 该机构的服务大厅；没有大厅时为 null */
              site: {
                address: string;
                code: string;
                name: string;
                openingHours: string;
                phone: string | null;
              } | null;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 缴费下单（自助终端）；缴费单位未及时应答时为 pending，由对账作业确定结果，绝不重复扣款 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            account: string;
            /** @description 金额（分） */
            amountFen: number;
            /** @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带 */
            biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
            /** @description from the PIN pad */
            cardAuthCode?: string;
            /** @description from the PIN pad */
            cardMasked?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amountFen: number;
              /**
               * @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带
               * @enum {string}
               */
              biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
              orderNo: string;
              receipt: {
                accountLabel: string;
                accountMasked: string;
                amountFen: number;
                /** @example 58.00 元 */
                amountText: string;
                billerName: string;
                /** @description 缴费单位的流水号 */
                billerRef: string | null;
                /** @description 脱敏付款卡号（密码键盘给出） */
                cardMasked: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                failureReason: string | null;
                /** @description 脱敏户名 */
                holderName: string | null;
                /** @description 凭条打印行（32 列） */
                lines: string[];
                orderNo: string;
                payee: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                settledAt: string | null;
                siteName: string;
                /**
                 * @description pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回
                 * @enum {string}
                 */
                status: "pending" | "succeeded" | "failed";
                statusText: string;
                title: string;
              };
              /**
               * @description pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回
               * @enum {string}
               */
              status: "pending" | "succeeded" | "failed";
              statusText: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/billers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可缴费项目（话费、水、电、燃气、宽带） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                accountHint: string;
                /** @description 户号的叫法，如 用水户号 */
                accountLabel: string;
                /** @description 户号格式（正则表达式） */
                accountPattern: string;
                /**
                 * @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带
                 * @enum {string}
                 */
                code: "mobile" | "water" | "electricity" | "gas" | "broadband";
                maxFen: number;
                minFen: number;
                name: string;
                /** @description 收款单位 */
                payee: string;
                /** @description 预设金额（分）；账单定额的为空 */
                presetsFen: number[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/bills": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按户号查询账单（手机号查询余额）；户名脱敏 */
    get: {
      parameters: {
        query: {
          account: string;
          /** @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带 */
          biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 查询的户号（原样返回） */
              account: string;
              accountMasked: string;
              /** @description 应缴金额（分） */
              amountDueFen: number;
              /** @description 话费余额（分），仅手机号；欠费时为负 */
              balanceFen?: number;
              /** @description 脱敏户名 */
              holderName: string;
              /** @description 账期 YYYY-MM */
              period: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/ledger": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试算平衡：各科目借贷发生额与余额（区级管理员、监察人员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              accounts: {
                /** @description 科目 */
                account: string;
                /** @description 余额（借减贷，分） */
                balanceFen: number;
                /** @description 贷方发生额（分） */
                creditFen: number;
                /** @description 借方发生额（分） */
                debitFen: number;
              }[];
              totalCreditFen: number;
              totalDebitFen: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 缴费订单列表（管理员、监察人员，本辖区） */
    get: {
      parameters: {
        query?: {
          /** @description 只列需人工处理的订单 */
          attention?: "true";
          limit?: number;
          status?: "pending" | "succeeded" | "failed";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                accountMasked: string;
                amountFen: number;
                attention: ("biller_unreachable" | "credited_after_reversal") | (never | null);
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                attentionAt: string | null;
                /**
                 * @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带
                 * @enum {string}
                 */
                biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
                billerName: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                failureReason: string | null;
                orderNo: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                settledAt: string | null;
                settledBy: ("answer" | "reconciliation") | (never | null);
                siteCode: string;
                /**
                 * @description pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回
                 * @enum {string}
                 */
                status: "pending" | "succeeded" | "failed";
                statusText: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/orders/{orderNo}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 缴费订单结果与凭条（终端只能查看本机订单） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderNo: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              amountFen: number;
              /**
               * @description mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带
               * @enum {string}
               */
              biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
              orderNo: string;
              receipt: {
                accountLabel: string;
                accountMasked: string;
                amountFen: number;
                /** @example 58.00 元 */
                amountText: string;
                billerName: string;
                /** @description 缴费单位的流水号 */
                billerRef: string | null;
                /** @description 脱敏付款卡号（密码键盘给出） */
                cardMasked: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                createdAt: string;
                failureReason: string | null;
                /** @description 脱敏户名 */
                holderName: string | null;
                /** @description 凭条打印行（32 列） */
                lines: string[];
                orderNo: string;
                payee: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                settledAt: string | null;
                siteName: string;
                /**
                 * @description pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回
                 * @enum {string}
                 */
                status: "pending" | "succeeded" | "failed";
                statusText: string;
                title: string;
              };
              /**
               * @description pending 处理中（待对账） / succeeded 缴费成功 / failed 缴费失败，款项已退回
               * @enum {string}
               */
              status: "pending" | "succeeded" | "failed";
              statusText: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/payments/reconcile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立即对账：向缴费单位查询处理中的订单（区级管理员）；作业每 30 秒也会自动执行 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 冲正退回的订单数 */
              failed: number;
              /** @description 退款后缴费单位确认已入账、标记人工处理的订单数 */
              mismatches: number;
              /** @description 仍待确认的订单数 */
              stillPending: number;
              /** @description 确认成功的订单数 */
              succeeded: number;
              /** @description 缴费单位无法联系、仍在途的订单数（不退款） */
              unreachable: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/processes/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项当前的办理流程定义（节点与连线） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 流程定义：节点与连线 */
              definition: {
                /** @description 事项编码 */
                key: string;
                name: string;
                /** @description 节点，按 id */
                nodes: {
                  [key: string]:
                    | {
                        /** @description 办理该环节的机构：办件所在社区、其街道或区部门 */
                        candidate: {
                          /** @description 部门键（如 MZ），办理机构为区部门时 */
                          deptKey?: string;
                          orgKind: "community" | "street" | "department";
                        };
                        /** @description 该环节的办理时限（工作日） */
                        days: number;
                        name: string;
                        next: string;
                        /** @enum {string} */
                        type: "userTask";
                      }
                    | {
                        branches: string[];
                        /** @enum {string} */
                        type: "parallelSplit";
                      }
                    | {
                        next: string;
                        /** @enum {string} */
                        type: "parallelJoin";
                      }
                    | {
                        otherwise: string;
                        routes: {
                          next: string;
                          when: {
                            equals: string | number | boolean;
                            /** @description 申请表字段 */
                            field: string;
                          };
                        }[];
                        /** @enum {string} */
                        type: "exclusive";
                      }
                    | {
                        outcome: "approved" | "rejected";
                        /** @enum {string} */
                        type: "end";
                      };
                };
                /** @description 第一个节点的 id */
                start: string;
                version: number;
              };
              /** @description catalog 由事项的办理层级生成，bpmn 为导入的 BPMN 流程 */
              source: "catalog" | "bpmn";
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/district-images/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 魅力开福图片 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 栏目图片（JPEG、PNG、WebP 或 SVG） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/district-pages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 魅力开福：各栏目（已发布） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 正文原文（段落之间空一行） */
                body: string;
                images: {
                  bytes: number;
                  caption: string;
                  id: string;
                  /** @description 图片地址（/api/v1/public/district-images/{id}） */
                  url: string;
                }[];
                /** @description 正文按空行分段 */
                paragraphs: string[];
                published: boolean;
                /**
                 * @description intro 开福简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传
                 * @enum {string}
                 */
                section: "intro" | "scenery" | "history" | "economy" | "civility" | "party";
                /** @description 栏目名称 */
                sectionName: string;
                summary: string;
                title: string;
                /**
                 * Format: date-time
                 * @description UTC（toISOString）
                 */
                updatedAt: string;
                /** @description 保存时回传，防止覆盖他人的修改 */
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/evaluations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 好差评（一事一评）：申请人凭办件编号 + 身份证号评价已办结的办件；差评（≤2）生成整改任务 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            caseNo: string;
            comment?: string;
            idNumber: string;
            /** @description 5 非常满意 … 1 非常不满意 */
            level: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              level: number;
              /** @example 非常满意 */
              levelText: string;
              /** @description 差评（≤2）生成的整改任务；好评时没有此字段 */
              rectification?: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string;
                id: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/guide": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办事指南智能查询：按名称、常用说法（如“二胎”）、拼音或拼音首字母（如 zsy） */
    get: {
      parameters: {
        query?: {
          category?: string;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                category: string;
                categoryName: string;
                code: string;
                communityIssuable: boolean;
                departmentCode: string;
                departmentName: string;
                handling: "instant" | "promised";
                kind: string;
                kindName: string;
                /** @description 命中方式：名称、常用说法或拼音 */
                matchedBy: "name" | "synonym" | "pinyin";
                materials: {
                  id: string;
                  name: string;
                  required: boolean;
                }[];
                name: string;
                online: boolean;
                promisedDays: number;
                statutoryDays: number;
                timeLimitText: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/hotlines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 便民服务热线与本区办事机构电话 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 全国便民服务热线 */
              national: {
                /** @description 受理范围 */
                hint: string;
                name: string;
                number: string;
              }[];
              /** @description 本区、街道与区部门的办事电话（有电话的机构） */
              offices: {
                address: string | null;
                code: string;
                kind: "district" | "street" | "community" | "department";
                name: string;
                phone: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件进度查询：办件编号 + 身份证号，或二维码令牌 */
    get: {
      parameters: {
        query?: {
          caseNo?: string;
          idNumber?: string;
          token?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              acceptedAt: string;
              /** @description 脱敏姓名 */
              applicantName: string;
              caseNo: string;
              /** @description 已作出决定、待领取的结果：到哪里领、最迟哪天；其他情况为 null */
              collect: {
                address: string;
                openingHours: string;
                /** @description 大厅电话 */
                phone: string | null;
                siteName: string;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                until: string;
              } | null;
              /**
               * Format: date-time
               * @description 期限当日 23:59:59（北京时间）
               * @example 2026-11-25T23:59:59+08:00
               */
              deadline: string | null;
              itemName: string;
              /** @description 计时暂停（补正或特别程序） */
              paused: boolean;
              /** @enum {string} */
              status:
                | "accepted"
                | "in_review"
                | "supplement_required"
                | "approved"
                | "rejected"
                | "not_accepted"
                | "withdrawn";
              statusText: string;
              /**
               * Format: date
               * @example 2026-11-18
               */
              supplementDue: string | null;
              /** @description 办件时间轴，时间顺序 */
              timeline: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                /**
                 * @description 发生了什么
                 * @enum {string}
                 */
                kind:
                  | "accepted"
                  | "not_accepted"
                  | "forwarded"
                  | "reviewed"
                  | "supplement_requested"
                  | "supplement_received"
                  | "decided"
                  | "withdrawn"
                  | "special_started"
                  | "special_ended"
                  | "extended"
                  | "rescheduled"
                  | "delivered";
                /** @description 经办机构；仅工作人员看到，公开查询不含 */
                orgName?: string;
                /**
                 * @description 环节名称（按 Accept-Language）
                 * @example 受理
                 */
                stage: string;
                /** @description 说明（按 Accept-Language） */
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/queue/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的排队位置（取号小票二维码） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 前面还有几位；不在等候时为 null */
              ahead: number | null;
              /** @description 叫号时去哪个窗口 */
              counterName: string | null;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              issuedAt: string;
              number: string;
              serviceName: string;
              siteName: string;
              /**
               * @description expired：非当天的号仍未叫
               * @enum {string}
               */
              status: "waiting" | "called" | "finished" | "no_show" | "expired";
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/visit-evaluations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 好差评（一次一评）：凭取号凭条上的二维码令牌评价本次现场办理 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string;
            /** @description 5 非常满意 … 1 非常不满意 */
            level: number;
            ticketToken: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              level: number;
              /** @example 非常满意 */
              levelText: string;
              /** @description 差评（≤2）生成的整改任务；好评时没有此字段 */
              rectification?: {
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string;
                id: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/call": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 叫号：按规则叫下一位，或指定 ticketId 叫某个号；无人等候时 204 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            ticketId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ticket: {
                counterId: string | null;
                id: string;
                number: string;
                priority: string;
                reason?: {
                  code: string;
                  /** @description why this ticket was next, in plain Chinese */
                  text: string;
                };
                recalls: number;
                /**
                 * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
                 * @enum {string}
                 */
                status: "waiting" | "called" | "finished" | "no_show";
              };
            };
          };
        };
        /** @description no body */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口暂停（须填写原因） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              counter: {
                id: string;
                name: string;
                number: number;
                /** @description 暂停原因 */
                pause_reason: string | null;
                /**
                 * @description open 叫号中 / paused 暂停 / closed 未签到
                 * @enum {string}
                 */
                status: "open" | "paused" | "closed";
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口恢复叫号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              counter: {
                id: string;
                name: string;
                number: number;
                /** @description 暂停原因 */
                pause_reason: string | null;
                /**
                 * @description open 叫号中 / paused 暂停 / closed 未签到
                 * @enum {string}
                 */
                status: "open" | "paused" | "closed";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/services": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置窗口办理的业务组（null 表示全部，即综合窗口） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            serviceCodes: string[] | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              /** @description null 表示全部（综合窗口） */
              serviceCodes: string[] | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口签到（同时签退本人其他窗口） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              counter: {
                id: string;
                name: string;
                number: number;
                /** @description 暂停原因 */
                pause_reason: string | null;
                /**
                 * @description open 叫号中 / paused 暂停 / closed 未签到
                 * @enum {string}
                 */
                status: "open" | "paused" | "closed";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/counters/{id}/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口签退 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              counter: {
                id: string;
                name: string;
                number: number;
                /** @description 暂停原因 */
                pause_reason: string | null;
                /**
                 * @description open 叫号中 / paused 暂停 / closed 未签到
                 * @enum {string}
                 */
                status: "open" | "paused" | "closed";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/counters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 大厅窗口及其状态 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 正在办理的号；没有时为 null */
                current: {
                  id: string;
                  number: string | null;
                } | null;
                id: string;
                /**
                 * @description comprehensive 综合窗口 / dedicated 专窗 / collection 取件窗口
                 * @enum {string}
                 */
                kind: "comprehensive" | "dedicated" | "collection";
                name: string;
                /** @description 窗口号 */
                number: number;
                pauseReason: string | null;
                /** @description 办理的业务组；null 表示全部 */
                serviceCodes: string[] | null;
                staffId: string | null;
                /** @description 签到的工作人员 */
                staffName: string | null;
                /**
                 * @description open 叫号中 / paused 暂停 / closed 未签到
                 * @enum {string}
                 */
                status: "open" | "paused" | "closed";
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                statusSince: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 叫号屏事件流（SSE）：event: call 的 data 为 {ticketNumber, counterName, text}，text 即播报语，如“请A023号到2号窗口办理” */
    get: {
      parameters: {
        query?: {
          access_token?: string;
          lastEventId?: string;
        };
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/event-stream：board（连接时的全貌）、call、line 事件及每 15 秒一次的 ping */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/event-stream": string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/kpis": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 大厅排队指标：取号数、平均/90% 等候、办理时长、过号率、达标率 */
    get: {
      parameters: {
        query?: {
          date?: string;
        };
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 平均办理时长（分钟） */
              avgServiceMinutes: number | null;
              /** @description 平均等候（取号到首次叫号，分钟） */
              avgWaitMinutes: number | null;
              byService: {
                /** @description 平均办理时长（分钟） */
                avgServiceMinutes: number | null;
                /** @description 平均等候（取号到首次叫号，分钟） */
                avgWaitMinutes: number | null;
                name: string;
                /** @description 过号率（0–1） */
                noShowRate: number | null;
                /** @description 过号数 */
                noShows: number;
                /** @description 90% 等候不超过（分钟） */
                p90WaitMinutes: number | null;
                /** @description 办结数 */
                served: number;
                serviceCode: string;
                targetWaitMinutes: number;
                /** @description 取号数 */
                tickets: number;
                /** @description 仍在等候 */
                waiting: number;
                /** @description 目标等候内叫号的比例（0–1） */
                withinTargetShare: number | null;
              }[];
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              /** @description 过号率（0–1） */
              noShowRate: number | null;
              /** @description 过号数 */
              noShows: number;
              /** @description 90% 等候不超过（分钟） */
              p90WaitMinutes: number | null;
              /** @description 办结数 */
              served: number;
              siteCode: string;
              siteName: string;
              targetWaitMinutes: number;
              /** @description 取号数 */
              tickets: number;
              /** @description 仍在等候 */
              waiting: number;
              /** @description 目标等候内叫号的比例（0–1） */
              withinTargetShare: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/line": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 等候队列（按叫号规则排好的顺序，并说明每个号为什么排在这里） */
    get: {
      parameters: {
        query?: {
          counterId?: string;
        };
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                issuedAt: string;
                number: string;
                /** @description 叫号顺序中的位次，1 为下一位 */
                position: number;
                /**
                 * @description normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇
                 * @enum {string}
                 */
                priority: "normal" | "elderly" | "disabled" | "pregnant";
                priorityText: string;
                /**
                 * @description 排在这里的规则
                 * @enum {string}
                 */
                reason:
                  | "appointment"
                  | "transferred"
                  | "priorityTurn"
                  | "priorityOnly"
                  | "normalTurn"
                  | "firstCome";
                /** @description 排在这里的原因（中文） */
                reasonText: string;
                serviceCode: string;
                serviceName: string;
                /** @description 由其他窗口转来 */
                transferred: boolean;
                waitedMinutes: number;
              }[];
              rules: {
                /** @description 预约号提前多少分钟到号 */
                appointmentLeadMinutes: number;
                /** @description 记为过号前须重呼的次数 */
                maxRecalls: number;
                /** @description 前面还有几位时短信提醒 */
                nearPosition: number;
                /** @description 大厅显示屏滚动公告 */
                notice: string;
                /** @description 两个优先号之间叫几个普通号；0 表示优先号总是先叫 */
                priorityEvery: number;
                /** @description 目标等候分钟数 */
                targetWaitMinutes: number;
              };
              /** @description 今天自上一个优先号以来已叫的普通号数 */
              state: {
                normalsSincePriority: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/rules": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 大厅叫号规则 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 预约号提前多少分钟到号 */
              appointmentLeadMinutes: number;
              /** @description 记为过号前须重呼的次数 */
              maxRecalls: number;
              /** @description 前面还有几位时短信提醒 */
              nearPosition: number;
              /** @description 大厅显示屏滚动公告 */
              notice: string;
              /** @description 两个优先号之间叫几个普通号；0 表示优先号总是先叫 */
              priorityEvery: number;
              /** @description 目标等候分钟数 */
              targetWaitMinutes: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    /** 设置大厅叫号规则（优先号穿插、预约提前量、重呼次数、到号提醒位次、目标等候、滚动公告） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            appointmentLeadMinutes: number;
            maxRecalls: number;
            nearPosition: number;
            notice: string;
            priorityEvery: number;
            targetWaitMinutes: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 预约号提前多少分钟到号 */
              appointmentLeadMinutes: number;
              /** @description 记为过号前须重呼的次数 */
              maxRecalls: number;
              /** @description 前面还有几位时短信提醒 */
              nearPosition: number;
              /** @description 大厅显示屏滚动公告 */
              notice: string;
              /** @description 两个优先号之间叫几个普通号；0 表示优先号总是先叫 */
              priorityEvery: number;
              /** @description 目标等候分钟数 */
              targetWaitMinutes: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/services": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 大厅的取号业务组及当前等候人数 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description 业务组代码（号码前缀） */
                code: string;
                name: string;
                /** @description 当前等候人数 */
                waiting: number;
              }[];
              siteCode: string;
              siteName: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/sites/{siteCode}/services/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 新增或修改取号业务组（号码前缀、起止号、每日上限、对应事项分类） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
          siteCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            categories: string[];
            dailyCap: number | null;
            endNo: number;
            name: string;
            startNo: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              categories: string[];
              code: string;
              dailyCap: number | null;
              endNo: number;
              name: string;
              startNo: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取号（自助终端或窗口代取）；70 岁以上按身份证号自动优先 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * Format: date-time
             * @description booked time today; staff only (the portal's bookings later)
             */
            appointmentAt?: string;
            /** @description from the ID card reader */
            idNumber?: string;
            itemCode?: string;
            /** @description for the 'your turn is near' SMS */
            phone?: string;
            /**
             * @description normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇
             * @enum {string}
             */
            priority?: "normal" | "elderly" | "disabled" | "pregnant";
            /** @description service group (ticket prefix); default from itemCode */
            serviceCode?: string;
            siteCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ahead: number;
              id: string;
              issuedAt: string;
              number: string;
              /** @description live queue position page (the slip's QR code) */
              positionUrl: string;
              /**
               * @description normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇
               * @enum {string}
               */
              priority: "normal" | "elderly" | "disabled" | "pregnant";
              priorityDerived: boolean;
              serviceCode: string;
              serviceName: string;
              siteCode: string;
              siteName: string;
              /** @enum {string} */
              status: "waiting";
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 排队号详情（正在办理时给出读卡所得身份证号，用于受理预填，访问留痕） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              counterId: string | null;
              id: string;
              /** @description 读卡所得身份证号，仅在正在办理（called）时给出，访问留痕；否则 null */
              idNumber: string | null;
              /** @description 脱敏身份证号；取号时未读卡为 null */
              idNumberMasked: string | null;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              issuedAt: string;
              itemCode: string | null;
              number: string;
              /**
               * @description normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇
               * @enum {string}
               */
              priority: "normal" | "elderly" | "disabled" | "pregnant";
              /** @description 按身份证号年龄自动给的优先 */
              priorityDerived: boolean;
              recalls: number;
              serviceCode: string;
              siteCode: string;
              /**
               * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
               * @enum {string}
               */
              status: "waiting" | "called" | "finished" | "no_show";
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets/{id}/finish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ticket: {
                counterId: string | null;
                id: string;
                number: string;
                priority: string;
                reason?: {
                  code: string;
                  /** @description why this ticket was next, in plain Chinese */
                  text: string;
                };
                recalls: number;
                /**
                 * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
                 * @enum {string}
                 */
                status: "waiting" | "called" | "finished" | "no_show";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets/{id}/no-show": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记为过号（须先重呼规定次数） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ticket: {
                counterId: string | null;
                id: string;
                number: string;
                priority: string;
                reason?: {
                  code: string;
                  /** @description why this ticket was next, in plain Chinese */
                  text: string;
                };
                recalls: number;
                /**
                 * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
                 * @enum {string}
                 */
                status: "waiting" | "called" | "finished" | "no_show";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets/{id}/recall": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重呼 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ticket: {
                counterId: string | null;
                id: string;
                number: string;
                priority: string;
                reason?: {
                  code: string;
                  /** @description why this ticket was next, in plain Chinese */
                  text: string;
                };
                recalls: number;
                /**
                 * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
                 * @enum {string}
                 */
                status: "waiting" | "called" | "finished" | "no_show";
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/queue/tickets/{id}/transfer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转办到其他窗口或业务组（转来的号优先办理） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            counterId?: string;
            serviceCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ticket: {
                counterId: string | null;
                id: string;
                number: string;
                priority: string;
                reason?: {
                  code: string;
                  /** @description why this ticket was next, in plain Chinese */
                  text: string;
                };
                recalls: number;
                /**
                 * @description waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号
                 * @enum {string}
                 */
                status: "waiting" | "called" | "finished" | "no_show";
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/rectifications/{id}/callback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 电子监察登记对评价人的回访 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
            reached: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 被评价单位的申诉 */
              appeal: {
                /** @description 裁定意见 */
                note: string | null;
                reason: string | null;
                status: "none" | "pending" | "upheld" | "dismissed";
              };
              /** @description 电子监察：回访记录；未回访时为 null */
              callback?: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                note: string | null;
                reached: boolean | null;
              } | null;
              /** @description 电子监察：办件编号（一事一评） */
              caseNo?: string | null;
              /** @description online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后 */
              channel: "online" | "onsite" | "kiosk";
              comment: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              /** @description 电子监察：评价人（脱敏） */
              evaluator?: {
                /** @description 脱敏姓名 */
                name: string | null;
                /** @description 脱敏手机号 */
                phone: string | null;
              };
              id: string;
              level: number;
              levelText: string;
              orgCode: string;
              orgName: string;
              /** @description 差评的整改；没有整改任务时为 null */
              rectification: {
                callbackDone: boolean;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string | null;
                id: string;
                /** @description 整改情况 */
                result: string | null;
                status: ("open" | "done" | "withdrawn") | (never | null);
              } | null;
              /** @description 所评的事项或排队业务名称；都没有时为空串 */
              subject: string;
              /** @description 电子监察：取号号码（一次一评） */
              ticketNumber?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/rectifications/{id}/result": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 承办单位填写差评整改情况（回访也登记后整改办结） */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            result: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 被评价单位的申诉 */
              appeal: {
                /** @description 裁定意见 */
                note: string | null;
                reason: string | null;
                status: "none" | "pending" | "upheld" | "dismissed";
              };
              /** @description 电子监察：回访记录；未回访时为 null */
              callback?: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                at: string;
                note: string | null;
                reached: boolean | null;
              } | null;
              /** @description 电子监察：办件编号（一事一评） */
              caseNo?: string | null;
              /** @description online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后 */
              channel: "online" | "onsite" | "kiosk";
              comment: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              date: string;
              /** @description 电子监察：评价人（脱敏） */
              evaluator?: {
                /** @description 脱敏姓名 */
                name: string | null;
                /** @description 脱敏手机号 */
                phone: string | null;
              };
              id: string;
              level: number;
              levelText: string;
              orgCode: string;
              orgName: string;
              /** @description 差评的整改；没有整改任务时为 null */
              rectification: {
                callbackDone: boolean;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                dueDate: string | null;
                id: string;
                /** @description 整改情况 */
                result: string | null;
                status: ("open" | "done" | "withdrawn") | (never | null);
              } | null;
              /** @description 所评的事项或排队业务名称；都没有时为空串 */
              subject: string;
              /** @description 电子监察：取号号码（一次一评） */
              ticketNumber?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/residents/lookup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 受理时按身份证号读取已采集的居民信息（手机号脱敏；每次查询留痕） */
    get: {
      parameters: {
        query: {
          idNumber: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json":
              | {
                  address: string | null;
                  /**
                   * Format: date
                   * @example 2026-11-18
                   */
                  birthDate: string;
                  communityCode: string | null;
                  communityName: string | null;
                  documents: {
                    name: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-18T10:00:00+08:00
                     */
                    recordedAt: string;
                    /** @description 可免交（在有效期内的 A/B 级证照） */
                    reusable: boolean;
                    source: string;
                    trustLevel: "A" | "B" | "C" | "D";
                    trustText: string;
                    /**
                     * Format: date
                     * @example 2026-11-18
                     */
                    validUntil: string | null;
                  }[];
                  /** @enum {boolean} */
                  known: true;
                  name: string;
                  /** @description 手机号（脱敏），整号不出服务器 */
                  phoneMasked: string | null;
                  sex: "male" | "female";
                }
              | {
                  /**
                   * Format: date
                   * @example 2026-11-18
                   */
                  birthDate: string;
                  /** @enum {boolean} */
                  known: false;
                  sex: "male" | "female";
                };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/alerts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 电子监察：辖区内在办环节的预警、黄牌、红牌（每个环节取最严重的一张） */
    get: {
      parameters: {
        query?: {
          level?: "warning" | "yellow" | "red";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                caseNo: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                dueAt: string | null;
                /**
                 * @description warning 预警 / yellow 黄牌 / red 红牌
                 * @enum {string}
                 */
                level: "warning" | "yellow" | "red";
                levelText: string;
                orgCode: string;
                orgName: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                raisedAt: string;
                /** @description 承办单位的责任人姓名 */
                responsible: string[];
                taskId: string;
                /** @description 环节名称 */
                taskName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/flags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 电子监察纠错：环节超时、转报不及时、不予批准未说明理由 */
    get: {
      parameters: {
        query?: {
          kind?: "stage_overtime" | "late_forwarding" | "refusal_without_reason";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                caseNo: string;
                /** @description 纠错说明 */
                detail: string;
                /**
                 * @description stage_overtime 环节超时 / late_forwarding 转报不及时 / refusal_without_reason 不予批准未说明理由
                 * @enum {string}
                 */
                kind: "stage_overtime" | "late_forwarding" | "refusal_without_reason";
                kindText: string;
                orgCode: string;
                orgName: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                raisedAt: string;
                /** @description 办理该环节的工作人员 */
                staffName: string | null;
                /** @description 环节名称 */
                taskName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办单：监察人员看已发出的（box=sent），承办单位看收到的（box=received） */
    get: {
      parameters: {
        query: {
          box: "sent" | "received";
          status?: "open" | "answered";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description 办理情况答复 */
                answer: string | null;
                /**
                 * Format: date
                 * @example 2026-11-18
                 */
                answerDue: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                answeredAt: string | null;
                answeredBy: string | null;
                caseNo: string;
                id: string;
                /** @description 事项名称 */
                itemName: string;
                /** @description 督办内容 */
                message: string;
                /** @description 承办单位 */
                orgCode: string;
                orgName: string;
                /** @description 逾期未答复，或答复晚于期限 */
                overdue: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                sentAt: string;
                /** @description 发出督办的监察人员 */
                sentBy: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    /** 发出督办单：就某一办件督促承办单位，单位签收并在期限内答复 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answerWithinWorkingDays?: number;
            caseNo: string;
            message: string;
            orgCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              acknowledgedAt: string | null;
              acknowledgedBy: string | null;
              /** @description 办理情况答复 */
              answer: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              answerDue: string;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              answeredAt: string | null;
              answeredBy: string | null;
              caseNo: string;
              id: string;
              /** @description 事项名称 */
              itemName: string;
              /** @description 督办内容 */
              message: string;
              /** @description 承办单位 */
              orgCode: string;
              orgName: string;
              /** @description 逾期未答复，或答复晚于期限 */
              overdue: boolean;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              sentAt: string;
              /** @description 发出督办的监察人员 */
              sentBy: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/orders/{id}/acknowledge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 签收督办单（已读回执）；重复签收保留首次时间 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              acknowledgedAt: string | null;
              acknowledgedBy: string | null;
              /** @description 办理情况答复 */
              answer: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              answerDue: string;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              answeredAt: string | null;
              answeredBy: string | null;
              caseNo: string;
              id: string;
              /** @description 事项名称 */
              itemName: string;
              /** @description 督办内容 */
              message: string;
              /** @description 承办单位 */
              orgCode: string;
              orgName: string;
              /** @description 逾期未答复，或答复晚于期限 */
              overdue: boolean;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              sentAt: string;
              /** @description 发出督办的监察人员 */
              sentBy: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/orders/{id}/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 答复督办单（办理情况）；每张督办单答复一次 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              acknowledgedAt: string | null;
              acknowledgedBy: string | null;
              /** @description 办理情况答复 */
              answer: string | null;
              /**
               * Format: date
               * @example 2026-11-18
               */
              answerDue: string;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              answeredAt: string | null;
              answeredBy: string | null;
              caseNo: string;
              id: string;
              /** @description 事项名称 */
              itemName: string;
              /** @description 督办内容 */
              message: string;
              /** @description 承办单位 */
              orgCode: string;
              orgName: string;
              /** @description 逾期未答复，或答复晚于期限 */
              overdue: boolean;
              /**
               * Format: date-time
               * @example 2026-11-18T10:00:00+08:00
               */
              sentAt: string;
              /** @description 发出督办的监察人员 */
              sentBy: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/supervision/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 季度绩效评估：各单位按时办结率、平均办理天数、黄红牌、评价与等次（附评定规则） */
    get: {
      parameters: {
        query: {
          quarter: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * Format: date
               * @example 2026-11-18
               */
              from: string;
              offices: {
                /** @description 本季度办结环节数 */
                completed: number;
                /**
                 * @description excellent 优秀 / good 良好 / pass 合格 / fail 不合格
                 * @enum {string}
                 */
                grade: "excellent" | "good" | "pass" | "fail";
                gradeText: string;
                /** @enum {string} */
                kind: "district" | "street" | "community" | "department";
                /** @description 平均办理天数；无办结为 null */
                meanHandlingDays: number | null;
                /** @description 平均评价（1–5）；无评价为 null */
                meanRating: number | null;
                /** @description 其中按时办结 */
                onTime: number;
                /** @description 按时办结率（0–1）；无办结为 null */
                onTimeRate: number | null;
                orgCode: string;
                orgName: string;
                /** @description 评价数（申诉成立的不计） */
                ratings: number;
                /** @description 评定理由：达到的门槛，以及未达上一等次的原因 */
                reasons: string[];
                redCards: number;
                yellowCards: number;
              }[];
              /** @example 2026Q3 */
              quarter: string;
              /** @description 评定规则：各等次的门槛 */
              rule: {
                excellent: {
                  /** @description 红牌至多 */
                  maxRedCards: number;
                  /** @description 平均评价不低于 */
                  minMeanRating: number;
                  /** @description 按时办结率不低于 */
                  onTimeRate: number;
                };
                good: {
                  /** @description 红牌至多 */
                  maxRedCards: number;
                  /** @description 平均评价不低于 */
                  minMeanRating: number;
                  /** @description 按时办结率不低于 */
                  onTimeRate: number;
                };
                pass: {
                  /** @description 红牌至多 */
                  maxRedCards: number;
                  /** @description 平均评价不低于 */
                  minMeanRating: number;
                  /** @description 按时办结率不低于 */
                  onTimeRate: number;
                };
              };
              /**
               * Format: date
               * @example 2026-11-18
               */
              to: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我可办理的待办任务（按期限排序） */
    get: {
      parameters: {
        query?: {
          status?: "open";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 期限最近的在前 */
              items: {
                applicantName: string;
                /**
                 * Format: date-time
                 * @example 2026-11-18T10:00:00+08:00
                 */
                arrivedAt: string;
                /**
                 * @description 电子监察亮牌：预警、黄牌、红牌
                 * @enum {string|null}
                 */
                card: "warning" | "yellow" | "red" | null;
                caseNo: string;
                /**
                 * Format: date-time
                 * @description 期限当日 23:59:59（北京时间）
                 * @example 2026-11-25T23:59:59+08:00
                 */
                dueAt: string | null;
                id: string;
                itemName: string;
                /** @description 环节名称 */
                name: string;
                orgCode: string;
                orgName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/tasks/{id}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办理任务：同意 / 不同意 / 退回补正 */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Client-chosen key; a retry with the same key and body returns the first answer */
          "idempotency-key"?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            comment?: string;
            decision: "approve" | "reject" | "return";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              case: {
                caseNo: string;
                /** @enum {string} */
                status:
                  | "accepted"
                  | "in_review"
                  | "supplement_required"
                  | "approved"
                  | "rejected"
                  | "not_accepted"
                  | "withdrawn";
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["def-0"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/healthz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 进程存活 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok";
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/readyz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 数据库可达且迁移已是最新 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 嵌入式 PGlite 或 PostgreSQL 服务器 */
              database: "pglite" | "postgres";
              /** @enum {string} */
              status: "ready";
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description 尚未执行的迁移文件 */
              pending?: string[];
              /** @description migrations pending 或 database unreachable */
              status: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** Error */
    "def-0": {
      error: {
        /** @example VALIDATION_FAILED */
        code: string;
        /** @description the field at fault, e.g. applicant.idNumber */
        field?: string;
        /** @description zh-CN by default, en per Accept-Language */
        message: string;
        /** @description MATERIALS_MISSING: ids of the required materials not provided */
        missing?: string[];
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
