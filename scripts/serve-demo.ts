// Serves the demo news pages on localhost (used by the end-to-end tests' web server).
import { fileURLToPath } from 'node:url';
import { serveStatic } from './support/serve-static';

const { url } = await serveStatic(fileURLToPath(new URL('../demo/', import.meta.url)), Number(process.env.PORT ?? 5417));
console.log(`Demo pages at ${url}`);
