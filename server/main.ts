/** Entry point of `npm start`: serves the composer and the API (see server/app.ts). */
console.error('tactful: the server arrives with the composer issue');
process.exitCode = 1;
