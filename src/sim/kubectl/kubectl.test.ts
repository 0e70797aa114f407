import { describe, expect, it } from 'vitest';
import { terminal } from '../testing';
import { kubeAge } from './age';

const NS = (labels = '    pod-security.kubernetes.io/enforce: restricted\n') => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n${labels}`;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/shop-web:3.1\n';
const HARDENED = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n        seccompProfile: { type: RuntimeDefault }\n      containers:\n        - name: api\n          image: registry.example.com/api:1.8.2\n          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities: { drop: ["ALL"] }\n';
const PLAIN_DEPLOYMENT = HARDENED.replace(/      securityContext:\n(?: {8}.*\n)+?(?=      containers)/, '').replace(/          securityContext:\n[\s\S]*$/, '');

const RESTRICTED_REASONS = 'allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")';

describe('kubectl against the lab cluster', () => {
  it('refuses a Pod its namespace\'s enforce level forbids, with the API server\'s words', () => {
    const t = terminal({ 'namespace.yaml': NS(), 'pod.yaml': POD });
    expect(t.run('kubectl apply -f namespace.yaml')).toBe('namespace/shop created\n');
    expect(t.run('kubectl apply -f pod.yaml')).toBe(`Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: violates PodSecurity "restricted:latest": ${RESTRICTED_REASONS}\n`);
    expect(t.run('echo $?')).toBe('1\n');
    expect(t.run('kubectl get pods -n shop')).toBe('No resources found in shop namespace.\n');
  });

  it('admits a Deployment with a warning, and the ReplicaSet cannot create its pods', () => {
    const t = terminal({ 'namespace.yaml': NS(), 'deployment.yaml': PLAIN_DEPLOYMENT });
    t.run('kubectl apply -f namespace.yaml');
    const applied = t.run('kubectl apply -f deployment.yaml');
    expect(applied).toMatch(/^Warning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false \(container "api" must set/);
    expect(applied).toMatch(/\ndeployment\.apps\/api created\n$/);
    expect(t.run('kubectl get deploy -n shop')).toBe('NAME   READY   UP-TO-DATE   AVAILABLE   AGE\napi    0/2     0            0           0s\n');
    const events = t.run('kubectl get events -n shop');
    expect(events).toMatch(/^LAST SEEN   TYPE      REASON              OBJECT {22}MESSAGE\n0s          Normal    ScalingReplicaSet   deployment\/api {14}Scaled up replica set api-[b-z2-9]{10} from 0 to 2\n/);
    expect(events).toMatch(/Warning   FailedCreate        replicaset\/api-[b-z2-9]{10}   Error creating: pods "api-[b-z2-9]{10}-[b-z2-9]{5}" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false/);
  });

  it('runs a hardened Deployment under restricted', () => {
    const t = terminal({ 'namespace.yaml': NS(), 'deployment.yaml': HARDENED });
    expect(t.run('kubectl apply -f namespace.yaml -f deployment.yaml')).toBe('namespace/shop created\ndeployment.apps/api created\n');
    expect(t.run('kubectl get pods -n shop')).toMatch(/^NAME {19}READY   STATUS    RESTARTS   AGE\napi-[b-z2-9]{10}-[b-z2-9]{5}   1\/1     Running   0          0s\napi-[b-z2-9]{10}-[b-z2-9]{5}   1\/1     Running   0          0s\n$/);
    expect(t.run('kubectl get deploy api -n shop')).toContain('api    2/2     2            2');
  });

  // kubectl's delete printer (pkg/cmd/delete, since v1.34) names the namespace of what it deleted.
  it('deletes by name and by file, naming the namespace', () => {
    const t = terminal({ 'namespace.yaml': NS(''), 'deployment.yaml': HARDENED });
    t.run('kubectl apply -f namespace.yaml -f deployment.yaml');
    expect(t.run('kubectl delete deployment api -n shop')).toBe('deployment.apps "api" deleted from shop namespace\n');
    expect(t.run('kubectl get pods -n shop')).toBe('No resources found in shop namespace.\n');
    t.run('kubectl apply -f deployment.yaml');
    expect(t.run('kubectl delete -f deployment.yaml -f namespace.yaml')).toBe('deployment.apps "api" deleted from shop namespace\nnamespace "shop" deleted\n');
  });

  it('refuses namespace labels the API server cannot read, and warns about existing pods when the level rises', () => {
    const t = terminal({ 'namespace.yaml': NS('    pod-security.kubernetes.io/enforce: Restricted\n'), 'pod.yaml': POD });
    expect(t.run('kubectl apply -f namespace.yaml')).toBe('The Namespace "shop" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "Restricted": must be one of privileged, baseline, restricted\n');
    expect(t.run('kubectl create namespace shop')).toBe('namespace/shop created\n');
    expect(t.run('kubectl apply -f pod.yaml')).toBe('pod/web created\n');
    expect(t.run('kubectl label --dry-run=server --overwrite ns shop pod-security.kubernetes.io/enforce=restricted')).toBe(
      'Warning: existing pods in namespace "shop" violate the new PodSecurity enforce level "restricted:latest"\n'
      + 'Warning: web: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile\n'
      + 'namespace/shop labeled (server dry run)\n');
    expect(t.run('kubectl get ns shop --show-labels')).toBe('NAME   STATUS   AGE   LABELS\nshop   Active   0s    kubernetes.io/metadata.name=shop\n');
    expect(t.run('kubectl label ns shop pod-security.kubernetes.io/enforce=baseline')).toBe('namespace/shop labeled\n');
    expect(t.run('kubectl label ns shop pod-security.kubernetes.io/enforce=restricted')).toBe('error: \'pod-security.kubernetes.io/enforce\' already has a value (baseline), and --overwrite is false\n');
  });

  it('says what kubectl says for mistakes', () => {
    const t = terminal({ 'pod.yaml': POD });
    expect(t.run('kubectl apply -f pod.yaml')).toBe('Error from server (NotFound): error when creating "pod.yaml": namespaces "shop" not found\n');
    expect(t.run('kubectl apply -f missing.yaml')).toBe('error: the path "missing.yaml" does not exist\n');
    expect(t.run('kubectl frobnicate')).toBe('error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.\n');
    expect(t.run('kubectl get widgets')).toBe('error: the server doesn\'t have a resource type "widgets"\n');
    expect(t.run('kubectl get pods')).toBe('No resources found in default namespace.\n');
    expect(t.run('docker run --rm alpine:3.24 kubectl get pods')).toContain('exec: "kubectl": executable file not found in $PATH');
  });

  it('words ages as apimachinery\'s HumanDuration does', () => {
    expect([0, 59_000, 119_000, 200_000, 600_000, 3 * 3_600_000 + 5 * 60_000, 10 * 3_600_000, 3 * 86_400_000 + 4 * 3_600_000, 30 * 86_400_000].map(kubeAge))
      .toEqual(['0s', '59s', '119s', '3m20s', '10m', '3h5m', '10h', '3d4h', '30d']);
  });
});

describe('kubectl run', () => {
  it('creates one Pod, judged like any other', () => {
    const t = terminal();
    expect(t.run('kubectl create namespace demo')).toBe('namespace/demo created\n');
    expect(t.run('kubectl label namespace demo pod-security.kubernetes.io/enforce=baseline')).toBe('namespace/demo labeled\n');
    expect(t.run('kubectl run web --image=nginx:1.30 -n demo')).toBe('pod/web created\n');
    expect(t.run('kubectl run debug --image=alpine:3.24 --privileged -n demo')).toBe('Error from server (Forbidden): pods "debug" is forbidden: violates PodSecurity "baseline:latest": privileged (container "debug" must not set securityContext.privileged=true)\n');
    expect(t.run('kubectl run web --image=nginx:1.30 -n demo')).toBe('Error from server (AlreadyExists): pods "web" already exists\n');
    expect(t.run('kubectl run x')).toBe('error: required flag(s) "image" not set\n');
    expect(t.run('kubectl get pods -n demo')).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          0s\n');
  });
});
