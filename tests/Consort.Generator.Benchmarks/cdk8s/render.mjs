// Renders the benchmark's synthetic Deployments with cdk8s-plus and times it: building the construct tree and
// synthesising YAML, with module loading excluded (the modules are imported before the clock starts).
// Usage: node render.mjs [workloads=1000] [runs=9]. Prints one JSON line.
import { App, Chart, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-34';

const workloads = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 9);
const warmups = 2;
const id = (i) => String(i).padStart(4, '0');

// The same Deployment as SyntheticWorkloads.Workload(i): an app container (port, env from a pod field,
// resources, two mounts), an init container and a native sidecar that share an emptyDir, and a ConfigMap volume.
const small = { cpu: { request: kplus.Cpu.millis(10) }, memory: { limit: Size.mebibytes(32) } };

function build() {
  const app = new App();
  const chart = new Chart(app, 'bench');
  for (let i = 0; i < workloads; i++) {
    const name = `app-${id(i)}`;
    const shared = kplus.Volume.fromEmptyDir(chart, `${name}-shared`, 'shared');
    const settings = kplus.Volume.fromConfigMap(chart, `${name}-settings`,
      kplus.ConfigMap.fromConfigMapName(chart, `${name}-config`, `${name}-config`), { name: 'settings' });
    const deployment = new kplus.Deployment(chart, name, {
      metadata: { name, labels: { team: `team-${i % 10}` } },
      replicas: 2,
    });
    const api = deployment.addContainer({
      name: 'api',
      image: `ghcr.io/acme/app-${id(i)}:1.0.0`,
      ports: [{ number: 8080, name: 'http' }],
      envVariables: { POD_NAME: kplus.EnvValue.fromFieldRef(kplus.EnvFieldPaths.POD_NAME) },
      resources: {
        cpu: { request: kplus.Cpu.millis(100) },
        memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
      },
    });
    api.mount('/var/log/app', shared);
    api.mount('/etc/app', settings, { readOnly: true });
    const prepare = deployment.addInitContainer({
      name: 'prepare', image: 'busybox:1.37', command: ['sh', '-c', 'mkdir -p /var/log/app/archive'], resources: small,
    });
    prepare.mount('/var/log/app', shared);
    const logTail = deployment.addInitContainer({
      name: 'log-tail', image: 'busybox:1.37', command: ['sh', '-c', 'tail -n+1 -F /var/log/app/app.log'],
      restartPolicy: kplus.ContainerRestartPolicy.ALWAYS, resources: small,
    });
    logTail.mount('/var/log/app', shared, { readOnly: true });
  }
  return app;
}

// Untimed: the rendering must hold what the Consort workloads hold.
function check(app) {
  const deployments = app.charts[0].toJson().filter((o) => o.kind === 'Deployment');
  if (deployments.length !== workloads) throw new Error(`${deployments.length} Deployments, expected ${workloads}`);
  for (const d of deployments) {
    const pod = d.spec.template.spec;
    const ok = pod.containers.length === 1 && pod.initContainers.length === 2 && pod.volumes.length === 2
      && pod.initContainers.some((c) => c.restartPolicy === 'Always')
      && pod.containers[0].env.some((e) => e.valueFrom?.fieldRef?.fieldPath === 'metadata.name')
      && pod.containers[0].volumeMounts.length === 2;
    if (!ok) throw new Error(`Deployment ${d.metadata.name} does not match the benchmark's shape`);
  }
}

const times = [];
let yamlBytes = 0;
for (let r = 0; r < warmups + runs; r++) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const app = build();
  const yaml = app.synthYaml();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r === 0) check(app);
  if (r >= warmups) times.push(elapsed);
  yamlBytes = yaml.length;
}

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ workloads, runs, medianMs: +median.toFixed(1), perWorkloadUs: +((median * 1000) / workloads).toFixed(1), yamlBytes }));
