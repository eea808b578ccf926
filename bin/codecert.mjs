#!/usr/bin/env node
// Launcher for the codecert CLI (lib/coding/cli.ts), run through tsx's ESM loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/coding/cli.ts");
process.exitCode = await main(process.argv.slice(2));
