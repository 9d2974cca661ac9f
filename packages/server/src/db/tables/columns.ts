import type { ColumnType } from "kysely";

/** Column shapes shared by the tables: timestamps read as Date, JSON written as text. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
