// Decides once per test run whether a container runtime is reachable, so that the production-adapter
// suites (KurrentDB, Kafka, MongoDB via testcontainers) either run or are skipped with the reason.
const net = require('node:net');
const fs = require('node:fs');

function probeSocket(path) {
  return new Promise((resolve) => {
    const socket = net.connect(path);
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    setTimeout(() => done(false), 1000).unref();
  });
}

module.exports = async function globalSetup() {
  // Apps booted by tests listen for SMTP on a free port, never on the well-known 2525.
  process.env.SMTP_PORT ??= '0';
  if (process.env.DESKSTREAM_CONTAINER_RUNTIME) return;
  const host = process.env.DOCKER_HOST;
  const socketPath = host && host.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
  if (host && !host.startsWith('unix://')) {
    process.env.DESKSTREAM_CONTAINER_RUNTIME = 'available';
  } else if (!fs.existsSync(socketPath)) {
    process.env.DESKSTREAM_CONTAINER_RUNTIME = `unavailable: no container engine socket at ${socketPath}`;
  } else {
    process.env.DESKSTREAM_CONTAINER_RUNTIME = (await probeSocket(socketPath)) ? 'available' : `unavailable: nothing answers on ${socketPath}`;
  }
};
