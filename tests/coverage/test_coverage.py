#!/usr/bin/env python3
"""Checks coverage.py's decisions on small manifests written for them: python3 tests/coverage/test_coverage.py"""
import os
import sys
import tempfile
import textwrap
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the repository for importing coverage.py
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coverage  # noqa: E402


def measure(**files):
    """The workloads, other objects, files and skipped kinds of a folder holding `files` (name -> YAML text)."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in files.items():
            name = name if "." in name else name + ".yaml"
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(textwrap.dedent(text))
        return coverage.collect([folder])


def classes(workload, path):
    return sorted({leaf.cls for leaf in workload.leaves if leaf.path == path})


class Decisions(unittest.TestCase):
    def test_consort_selector_and_scheduling_are_typed(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: shop, labels: {team: a}}
            spec:
              replicas: 3
              selector: {matchLabels: {app.kubernetes.io/name: shop}}
              strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 25%}}
              template:
                metadata: {labels: {app.kubernetes.io/name: shop, team: a, tier: web}}
                spec:
                  serviceAccountName: ""
                  topologySpreadConstraints:
                  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule,
                     labelSelector: {matchLabels: {app.kubernetes.io/name: shop}}}
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms: [{matchExpressions: [{key: arch, operator: In, values: [amd64]}]}]
                  volumes: [{name: scratch}, {name: conf, configMap: {name: c, defaultMode: 0644}}]
                  containers:
                  - name: api
                    image: api:1
                    terminationMessagePath: /dev/termination-log
                    volumeMounts: [{name: scratch, mountPath: /tmp}, {name: conf, mountPath: /etc/c}]
                    readinessProbe: {httpGet: {path: /, port: 8080, scheme: HTTP}, periodSeconds: 5}
            """)
        self.assertEqual(w.verdict, "typed-only", [(l.path, l.reason) for l in w.leaves if l.cls != "typed"])

    def test_a_foreign_selector_is_typed_with_selector_attributes(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: shop}
            spec:
              selector: {matchLabels: {app: shop}}
              template:
                metadata: {labels: {app: shop}}
                spec: {containers: [{name: api, image: "api:1"}]}
            """)
        self.assertEqual(w.verdict, "typed-only")
        self.assertEqual(classes(w, "spec.selector.matchLabels"), ["typed"])

    def test_a_selector_with_expressions_needs_a_patch(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: shop}
            spec:
              selector: {matchExpressions: [{key: app, operator: In, values: [shop]}]}
              template:
                metadata: {labels: {app: shop}}
                spec: {containers: [{name: api, image: "api:1"}]}
            """)
        self.assertEqual(w.verdict, "needs patch")
        self.assertEqual(w.gaps(), ["selectors with matchExpressions, or labels the pods carry with other values"])

    def test_workload_only_labels_are_typed_and_conflicting_ones_need_a_patch(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent, labels: {only: here, both: x, clash: a}}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: agent}}
              template:
                metadata: {labels: {app.kubernetes.io/name: agent, both: x, clash: b}}
                spec: {containers: [{name: a, image: "a:1"}]}
            """)
        # 'both' is a [Label], 'only' a [Label(..., WorkloadOnly = true)]; 'clash' needs a patch: no label puts one
        # value on the workload and another on its pods.
        patched = [leaf.reason for leaf in w.leaves if leaf.path == "metadata.labels" and leaf.cls == "patched"]
        self.assertEqual(len(patched), 1)
        self.assertIn("differs from the pod template's", patched[0])
        typed = {leaf.reason for leaf in w.leaves if leaf.path == "metadata.labels" and leaf.cls == "typed"}
        self.assertIn("[Label(..., WorkloadOnly = true)]", typed)

    def test_replaced_lists_take_their_other_items_along(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              tolerations: [{key: a, operator: Exists}, {key: b, operator: Lt, value: "3"}]
              containers: [{name: c, image: "c:1", ports: [{containerPort: 80, hostIP: 10.0.0.1}, {containerPort: 81}]}]
            """)
        self.assertEqual(classes(w, "spec.tolerations[].key"), ["patched"])
        # ports merge by containerPort: the other port stays typed
        self.assertEqual(classes(w, "spec.containers[].ports[].containerPort"), ["typed"])

    def test_a_port_a_patch_cannot_reach(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: dns}
            spec:
              containers:
              - {name: c, image: "c:1", ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, hostIP: 10.0.0.1}]}
            """)
        self.assertEqual(w.verdict, "impossible")

    def test_env_sources_and_references(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: j}
            spec:
              backoffLimit: 2
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: c
                    image: c:1
                    env:
                    - {name: A, value: x}
                    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
                    - {name: B, value: "$(CPU)m"}
                    - {name: C, value: "$(A)"}
                    - {name: D, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: "metadata.labels['x']"}}}
            """)
        by_name = {}
        env = w.obj["spec"]["template"]["spec"]["containers"][0]["env"]
        for leaf in w.leaves:
            if leaf.path.endswith("env[].name"):
                by_name[env[leaf.where[-2]]["name"]] = leaf.cls
        self.assertEqual(by_name, {"A": "typed", "CPU": "patched", "B": "patched", "C": "typed", "D": "typed"})

    def test_native_sidecars_keep_their_place_only_before_init_containers(self):
        (first, late), _, _, _ = measure(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: first}
            spec:
              initContainers:
              - {name: proxy, image: "p:1", restartPolicy: Always, readinessProbe: {tcpSocket: {port: 80}}}
              - {name: wait, image: "w:1"}
              containers: [{name: c, image: "c:1"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: late}
            spec:
              initContainers:
              - {name: wait, image: "w:1"}
              - {name: proxy, image: "p:1", restartPolicy: Always, readinessProbe: {tcpSocket: {port: 80}}}
              containers: [{name: c, image: "c:1"}]
            """)
        self.assertEqual(first.verdict, "typed-only")
        self.assertEqual(classes(late, "spec.initContainers[].restartPolicy"), ["patched"])
        self.assertEqual(classes(late, "spec.initContainers[].readinessProbe.tcpSocket.port"), ["patched"])

    def test_probe_on_a_plain_init_container_is_invalid(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              initContainers: [{name: i, image: "i:1", livenessProbe: {exec: {command: [true]}}}]
              containers: [{name: c, image: "c:1"}]
            """)
        self.assertEqual(w.verdict, "invalid")

    def test_iscsi_volumes_are_typed_when_the_api_server_accepts_them(self):
        def pod(name, iscsi):
            return f"""
            apiVersion: v1
            kind: Pod
            metadata: {{name: {name}}}
            spec:
              volumes: [{{name: disk, iscsi: {iscsi}}}]
              containers: [{{name: c, image: c:1, volumeMounts: [{{name: disk, mountPath: /d}}]}}]
            """
        good, no_secret, bad_iqn = measure(
            a=pod("a", "{targetPortal: '10.0.0.1:3260', portals: ['10.0.0.2'], iqn: 'iqn.2001-04.com.example:d', lun: 0,"
                       " fsType: ext4, readOnly: true, chapAuthSession: true, secretRef: {name: chap}}"),
            b=pod("b", "{targetPortal: 10.0.0.1, iqn: 'eui.02004567A425678D', lun: 1, chapAuthDiscovery: true}"),
            c=pod("c", "{targetPortal: 10.0.0.1, iqn: 'iqn.2001-4.com.example:d', lun: 0}"))[0]
        self.assertEqual(good.verdict, "typed-only", [(l.path, l.reason) for l in good.leaves if l.cls != "typed"])
        self.assertEqual(no_secret.verdict, "invalid")
        self.assertEqual(bad_iqn.verdict, "invalid")

    def test_cronjob_defaults_and_job_template_metadata(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "0 3 * * *"
              successfulJobsHistoryLimit: 3
              failedJobsHistoryLimit: 5
              jobTemplate:
                metadata: {labels: {a: b}}
                spec:
                  template:
                    spec: {restartPolicy: OnFailure, containers: [{name: c, image: "c:1"}]}
            """)
        self.assertEqual(classes(w, "spec.successfulJobsHistoryLimit"), ["typed"])
        self.assertEqual(classes(w, "spec.failedJobsHistoryLimit"), ["patched"])
        self.assertEqual(classes(w, "spec.jobTemplate.metadata.labels"), ["patched"])
        self.assertEqual(classes(w, "spec.jobTemplate.spec.template.spec.restartPolicy"), ["typed"])

    def test_statefulset_claims_and_service_name(self):
        (w,), _, _, _ = measure(a="""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              selector: {matchLabels: {app.kubernetes.io/name: db}}
              template:
                metadata: {labels: {app.kubernetes.io/name: db}}
                spec: {containers: [{name: c, image: "c:1", volumeMounts: [{name: data, mountPath: /d}]}]}
              volumeClaimTemplates:
              - apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            """)
        self.assertEqual(classes(w, "spec.volumeClaimTemplates[].apiVersion"), ["typed"])
        self.assertEqual(classes(w, "spec.serviceName"), ["patched"])  # left out, but Consort writes it
        self.assertEqual(w.verdict, "needs patch")

    def test_names_consort_cannot_write(self):
        long_name = "a" * 70
        workloads, _, _, _ = measure(a=f"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {{name: {long_name}}}
            spec:
              selector: {{matchLabels: {{app.kubernetes.io/name: x}}}}
              template:
                metadata: {{labels: {{app.kubernetes.io/name: x}}}}
                spec: {{containers: [{{name: c, image: "c:1"}}]}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {{generateName: job-}}
            spec: {{containers: [{{name: c, image: "c:1"}}]}}
            """)
        self.assertEqual([w.verdict for w in workloads], ["impossible", "impossible"])

    def test_other_workloads_and_old_api_versions(self):
        workloads, others, _, _ = measure(a="""
            apiVersion: v1
            kind: ReplicationController
            metadata: {name: rc}
            spec:
              selector: {app.kubernetes.io/name: rc}
              template:
                metadata: {labels: {app.kubernetes.io/name: rc}}
                spec: {containers: [{name: c, image: "c:1"}]}
            ---
            apiVersion: apps/v1beta1
            kind: Deployment
            metadata: {name: old}
            spec:
              template:
                metadata: {labels: {app.kubernetes.io/name: old}}
                spec: {containers: [{name: c, image: "c:1"}]}
            """)
        self.assertEqual(workloads, [])
        self.assertEqual([w.verdict for w in others], ["impossible", "impossible"])
        self.assertEqual([w.as_kind_verdict() for w in others], ["typed-only", "typed-only"])
        self.assertIn("1.16", others[1].legacy)

    def test_yaml_features_junk_and_lists(self):
        workloads, _, files, skipped = measure(**{
            "a.yaml": """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    <<: {name: p}
                    labels: &l {a: b}
                  spec:
                    containers: [{name: c, image: "c:1", image: "c:2", resources: {limits: *l}}]
                ---
                - just a list
                """,
            "b.yml": "kind: [unclosed\n",
            "c.txt": "ignored",
        })
        (w,) = workloads
        self.assertTrue(any("merge keys" in n for n in w.notes) and any("duplicate key" in n for n in w.notes))
        self.assertTrue(any("aliases" in n for n in w.notes))
        self.assertEqual(w.verdict, "invalid")  # limits: {a: b} is not a quantity
        problems = {name: problem for name, _, problem, _ in files}
        self.assertIsNone(problems["a.yaml"])
        self.assertIn("not valid YAML", problems["b.yml"])
        self.assertNotIn("c.txt", problems)

    def test_unknown_fields_and_wrong_types(self):
        workloads, _, _, _ = measure(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: typo}
            spec: {containers: [{name: c, image: "c:1", imagePullPolicyy: Always}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: number}
            spec: {containers: [{name: c, image: "c:1", env: [{name: PORT, value: 8080}]}]}
            """)
        self.assertEqual([w.verdict for w in workloads], ["typed-only", "invalid"])
        self.assertEqual(classes(workloads[0], "spec.containers[].imagePullPolicyy"), ["ignored"])

    def test_output_is_deterministic(self):
        args = dict(a="""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec: {hostAliases: [{ip: 10.0.0.1}], containers: [{name: c, image: "c:1"}]}
            """)
        first = coverage.report(*measure(**args), markdown=True, problems_only=False)
        second = coverage.report(*measure(**args), markdown=True, problems_only=False)
        self.assertEqual(first, second)
        self.assertIn("pod.hostAliases", first)


if __name__ == "__main__":
    unittest.main()
