// The ceiling on this machine: a bare Fastify route returning constant JSON, measured in the
// same run as the API so that every figure can be read as a ratio to it.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = { status: 'ok', items: [1, 2, 3] };
app.get('/bare/', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${(app.server.address() as { port: number }).port}`);
