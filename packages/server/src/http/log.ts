import type { FastifyRequest } from "fastify";

const SENSITIVE_QUERY = /([?&](?:idNumber|phone|access_token|token)=)[^&]*/gi;
/** Anything shaped like a resident ID number, whatever the parameter is called. */
const ID_NUMBER = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;

/** Request URLs may carry ID numbers or tokens in the query; logs get them masked. */
export function maskUrl(url: string): string {
  return url.replace(SENSITIVE_QUERY, "$1***").replace(ID_NUMBER, "***");
}

export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "*.password",
        "*.idNumber",
        "*.phone",
        "*.token",
      ],
      censor: "***",
    },
    serializers: {
      req(req: FastifyRequest) {
        return { method: req.method, url: maskUrl(req.url), remoteAddress: req.ip };
      },
    },
  };
}
