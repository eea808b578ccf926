import "server-only";

export { getCodeLibrary, resetCodeLibrary } from "./runtime";
