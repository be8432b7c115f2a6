#!/usr/bin/env python3
"""coverage.py [--markdown] [--problems-only] PATH...

Measures how much of a set of Kubernetes manifests Consort can carry. Reads every YAML document under the given
files and folders, picks the workloads (Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob: the six kinds Consort
has), and classifies every field path present in each of them:

  typed       an attribute or attribute property writes it (or the value is the API server's default, which
              Consort leaves out and the server fills in again);
  patched     no attribute writes it, but a [Patch] can (any field of the KubernetesClient models that a patch
              is allowed to set);
  impossible  Consort cannot carry it: neither an attribute nor a patch can produce it;
  invalid     the API server rejects the value itself (a string where a number belongs, a probe on a plain init
              container, ...), so there is nothing valid to carry;
  ignored     nothing to carry: the API server sets it itself (status, uid, ...), or it is not a field of the
              API at all (a misspelt key: strict field validation rejects it, other clients get it dropped).

A workload is "typed-only" when every field is typed, "needs patch" when some field is patched and none is
impossible or invalid. Other workload-like objects (ReplicationController, ReplicaSet, and the six kinds under an
apiVersion that is no longer served) are reported apart: Consort cannot write them as they are, and for each the
report says why and what its fields would need as the nearest Consort kind.

docs/coverage.md explains the classes and the decisions behind them, and shows the result on the shared corpus.
What counts as typed follows docs/dsl.md, docs/pod-spec.md and the attributes in src/Dsl, and what a patch may not
do follows src/Generator/Patches/PatchReader.cs (apiVersion, kind, metadata.name, metadata.namespace, a container's
name) and src/Generator/Manifest/PatchMerge.cs (which lists merge by key and which are replaced whole). The models
are read from tests/coverage/k8s-schema.json, which extract_schema.py writes from the KubernetesClient assembly.
"""
import argparse
import collections
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "k8s-schema.json"), encoding="utf-8") as schema_file:
    SCHEMA = json.load(schema_file)
MODELS = SCHEMA["models"]

TYPED, PATCHED, IMPOSSIBLE, INVALID, IGNORED = "typed", "patched", "impossible", "invalid", "ignored"
CLASSES = [TYPED, PATCHED, IMPOSSIBLE, INVALID, IGNORED]

# The six kinds Consort writes: apiVersion and model.
CONSORT_KINDS = {
    "Pod": ("v1", "V1Pod"),
    "Deployment": ("apps/v1", "V1Deployment"),
    "StatefulSet": ("apps/v1", "V1StatefulSet"),
    "DaemonSet": ("apps/v1", "V1DaemonSet"),
    "Job": ("batch/v1", "V1Job"),
    "CronJob": ("batch/v1", "V1CronJob"),
}
# Workload-like kinds Consort does not have, measured against the kind that replaced them.
OTHER_WORKLOADS = {"ReplicationController": "Deployment", "ReplicaSet": "Deployment"}
# API versions of the six kinds that current clusters no longer serve (the Kubernetes deprecation guide).
NO_LONGER_SERVED = {
    "extensions/v1beta1": "1.16", "apps/v1beta1": "1.16", "apps/v1beta2": "1.16",
    "batch/v1beta1": "1.25",
}

NAME_LABEL = "app.kubernetes.io/name"

# PatchMerge.MergeKey: the lists a patch merges into item by item. Every other list is replaced whole by a patch,
# so one item that needs a patch drags the whole list into the patch (see Workload.escalate).
MERGE_LISTS = {"containers": "name", "initContainers": "name", "volumes": "name", "env": "name",
               "imagePullSecrets": "name", "ports": "containerPort", "volumeMounts": "mountPath"}

# Fields the API server sets itself; a manifest's value is dropped or overwritten, so there is nothing to carry.
SERVER_SET = {"uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
              "deletionGracePeriodSeconds", "managedFields", "selfLink"}

# Values the API server fills in when a field is left out (its SetDefaults_* functions). Such a value says nothing
# that leaving it out does not, and Consort leaves defaults out, so it counts as typed. Only fields without an
# attribute are listed: for the others the attribute covers the default like any value.
API_DEFAULTS = {
    ("V1Container", "terminationMessagePath"): "/dev/termination-log",
    ("V1Container", "stdin"): False, ("V1Container", "stdinOnce"): False, ("V1Container", "tty"): False,
    ("V1SecurityContext", "procMount"): "Default",
    ("V1ObjectFieldSelector", "apiVersion"): "v1",
    ("V1PodSpec", "hostUsers"): True, ("V1PodSpec", "setHostnameAsFQDN"): False,
    ("V1DeploymentSpec", "paused"): False,
    ("V1StatefulSetSpec", "revisionHistoryLimit"): 10, ("V1DaemonSetSpec", "revisionHistoryLimit"): 10,
    ("V1RollingUpdateStatefulSetStrategy", "partition"): 0,
    ("V1RollingUpdateStatefulSetStrategy", "maxUnavailable"): 1,
    ("V1RollingUpdateDaemonSet", "maxSurge"): 0,
    ("V1StatefulSetPersistentVolumeClaimRetentionPolicy", "whenDeleted"): "Retain",
    ("V1StatefulSetPersistentVolumeClaimRetentionPolicy", "whenScaled"): "Retain",
    ("V1JobSpec", "completionMode"): "NonIndexed", ("V1JobSpec", "suspend"): False,
    ("V1JobSpec", "manualSelector"): False,
    ("V1CronJobSpec", "suspend"): False, ("V1CronJobSpec", "successfulJobsHistoryLimit"): 3,
    ("V1CronJobSpec", "failedJobsHistoryLimit"): 1,
    ("V1PersistentVolumeClaimSpec", "volumeMode"): "Filesystem",
}

# String fields that are pointers in the API types, where "" is a value of its own rather than no value: a claim's
# storageClassName "" asks for no storage class, while leaving it out asks for the default one.
POINTER_STRINGS = {("V1PersistentVolumeClaimSpec", "storageClassName"), ("V1PodSpec", "runtimeClassName"),
                   ("V1VolumeMount", "mountPropagation"), ("V1CronJobSpec", "timeZone"),
                   ("V1SeccompProfile", "localhostProfile")}

# In-tree volume plugins Kubernetes has removed, with the release that removed them (kubernetes/kubernetes#101685,
# #111618-#111620, #112015, #124544, and the volumes page of the Kubernetes docs for rbd).
REMOVED_VOLUME_PLUGINS = {"scaleIO": "1.22", "flocker": "1.25", "quobyte": "1.25", "storageos": "1.25",
                          "glusterfs": "1.26", "cephfs": "1.31", "rbd": "1.31"}
# A projected volume whose one source is a service account token: what [ServiceAccountTokenVolume] writes. Any
# other projected volume stays under its own source name, "projected", which has no attribute.
TOKEN_PROJECTION = "projected serviceAccountToken"
# The volume sources that have a volume attribute. Any other source is added whole by a workload patch, and since
# [Mount] takes a volume class (typeof), its mounts come from container patches too.
VOLUME_ATTRIBUTES = {"emptyDir": "[EmptyDirVolume]", "configMap": "[ConfigMapVolume]", "secret": "[SecretVolume]",
                     "persistentVolumeClaim": "[PersistentVolumeClaimVolume]", "hostPath": "[HostPathVolume]",
                     TOKEN_PROJECTION: "[ServiceAccountTokenVolume]", "iscsi": "[IscsiVolume]"}
# The resources [Resources] has properties for; any other is an extended resource ([ExtendedResource]) or, such as
# hugepages-2Mi, needs a patch.
RESOURCE_PROPERTIES = {"cpu": "Cpu", "memory": "Memory", "ephemeral-storage": "EphemeralStorage"}
# EnvRules.AllowedFieldPaths: what [EnvFromField] takes besides labels['k'] and annotations['k'].
ENV_FIELD_PATHS = {"metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
                   "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"}
HOST_PATH_TYPES = {"", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"}
ACCESS_MODES = {"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"}

DESCEND = "descend"
# KubernetesNames.CheckIscsiName: the API server's iscsiInitiator{Iqn,Eui,Naa}Regex, chosen by the name's prefix.
ISCSI_NAMES = {"iqn": re.compile(r"iqn\.[0-9]{4}-[0-9]{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\t\n\f\r ]+)\Z"),
               "eui": re.compile(r"^eui.[A-Za-z0-9]{16}\Z"), "naa": re.compile(r"^naa.[A-Za-z0-9]{32}\Z")}


# ---------------------------------------------------------------------------------------------------------------
# The rules values must follow: the API server's (apimachinery validation), which Consort checks with the same
# words (src/Generator/Validation). Where Consort is stricter, the caller says so.

LABEL_SHAPE = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
QUANTITY = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$")


def dns_label(value):
    return isinstance(value, str) and 0 < len(value) <= 63 and bool(DNS_LABEL.match(value))


def dns1035_label(value):
    return dns_label(value) and value[0].isalpha()


def dns_subdomain(value):
    return isinstance(value, str) and 0 < len(value) <= 253 and all(DNS_LABEL.match(p) for p in value.split("."))


def label_key(key, annotation=False):
    if not isinstance(key, str):
        return False
    parts = (key.lower() if annotation else key).split("/")
    if len(parts) > 2 or (len(parts) == 2 and not dns_subdomain(parts[0])):
        return False
    return 0 < len(parts[-1]) <= 63 and bool(LABEL_SHAPE.match(parts[-1]))


def label_value(value):
    return isinstance(value, str) and (value == "" or (len(value) <= 63 and bool(LABEL_SHAPE.match(value))))


def port_name(value):
    return (isinstance(value, str) and 0 < len(value) <= 15 and re.fullmatch(r"[a-z0-9-]+", value) is not None
            and re.search("[a-z]", value) is not None and "--" not in value
            and not value.startswith("-") and not value.endswith("-"))


def port_number(value):
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535


def config_key(value):
    return (isinstance(value, str) and 0 < len(value) <= 253 and re.fullmatch(r"[-._a-zA-Z0-9]+", value) is not None
            and value not in (".", "..") and not value.startswith(".."))


def env_name(value):
    # The relaxed rule (1.34+); below 1.34 the strict one applies, and ConsortKubernetesVersion decides which.
    return isinstance(value, str) and len(value) > 0 and all(" " <= c <= "~" and c != "=" for c in value)


def quantity(value, positive=False):
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return False
    text = str(value)
    if not QUANTITY.match(text) or text.startswith("-"):
        return False
    return not positive or float(re.match(r"^[+]?[0-9.]+", text).group(0) or 0) > 0


def token_projection(projected):
    """A projected volume with exactly one source, a service account token, and no default mode of its own."""
    sources = list_of(dict_of(projected).get("sources"))
    return (set(plain(dict_of(projected))) == {"sources"} and len(sources) == 1
            and set(plain(dict_of(sources[0]))) == {"serviceAccountToken"})


def extended_resource(name):
    """The API server's IsExtendedResourceName: a qualified name outside the kubernetes.io domain."""
    domain = name.split("/")[0] if "/" in name else None
    return (domain is not None and domain != "kubernetes.io" and not domain.endswith(".kubernetes.io")
            and not name.startswith("requests.") and label_key(name))


def iscsi_name(value):
    pattern = ISCSI_NAMES.get(value[:3]) if isinstance(value, str) else None
    return bool(pattern and pattern.search(value))


def relative_path(value):
    return isinstance(value, str) and value != "" and not value.startswith("/") and ".." not in value.split("/")


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def file_mode(value):
    return is_int(value) and 0 <= value <= 0o777


def decision(cls, reason, gap=None):
    return (cls, reason, gap)


def typed(reason):
    return decision(TYPED, reason)


def patched(reason, gap):
    return decision(PATCHED, reason, gap)


def impossible(reason):
    return decision(IMPOSSIBLE, reason)


def invalid(reason):
    return decision(INVALID, reason)


def ignored(reason):
    return decision(IGNORED, reason)


def plain(selector):
    """A label selector without its empty parts: what it selects, for comparison."""
    if not isinstance(selector, dict):
        return selector
    return {k: v for k, v in selector.items() if v not in (None, {}, [])}


# ---------------------------------------------------------------------------------------------------------------
# Reading manifests. PyYAML reads YAML 1.1 as the API server's YAML reader (go-yaml v2, through sigs.k8s.io/yaml)
# does: yes/no/on/off are booleans, 0644 is octal, anchors and aliases are expanded and merge keys (<<) are merged.
# Timestamps stay strings, as go-yaml v2 leaves them when decoding into untyped values.

class ManifestLoader(yaml.SafeLoader):
    """Also records what a report should mention: anchors, aliases, merge keys and duplicate keys."""

    def __init__(self, stream):
        super().__init__(stream)
        self.features = set()

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.features.add("YAML aliases (expanded)")
        elif getattr(self.peek_event(), "anchor", None):
            self.features.add("YAML anchors")
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.features.add("merge keys (<<, merged)")
                elif isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        self.features.add(f"duplicate key '{key_node.value}' (the last value is read)")
                    seen.add(key_node.value)
        return super().construct_mapping(node, deep)


ManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def manifest_files(paths):
    """Every YAML or JSON file under `paths`, as (path to open, name to show), in a stable order."""
    found = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith((".yaml", ".yml", ".json")):
                        full = os.path.join(root, name)
                        found.append((full, os.path.relpath(full, path)))
        else:
            found.append((path, os.path.basename(path)))
    return found


def read_documents(path):
    """The mappings of a file, its YAML features worth a mention, and its problem (None when it parsed)."""
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [], set(), f"cannot read: {error}"
    loader = ManifestLoader(text)
    documents, skipped, problem = [], 0, None
    try:
        while loader.check_data():
            document = loader.get_data()
            if isinstance(document, dict):
                documents.append(document)
            elif document is not None:
                skipped += 1
    except yaml.YAMLError as error:
        problem = "not valid YAML: " + " ".join(str(error).split())[:160]
    finally:
        loader.dispose()
    if skipped:
        loader.features.add(f"{skipped} document(s) that are not mappings (skipped)")
    return documents, loader.features, problem


def objects_of(document):
    """A document's objects: itself, or the items of a List."""
    if str(document.get("kind", "")).endswith("List") and isinstance(document.get("items"), list):
        return [item for item in document["items"] if isinstance(item, dict)]
    return [document]


# ---------------------------------------------------------------------------------------------------------------

class Leaf:
    __slots__ = ("path", "where", "cls", "reason", "gap")

    def __init__(self, path, where, d):
        self.path, self.where = path, where
        self.cls, self.reason, self.gap = d


class Workload:
    """One workload object and the classification of its fields."""

    def __init__(self, source, obj, legacy=None, as_kind=None):
        self.source = source
        self.kind = obj.get("kind")
        self.api_version = obj.get("apiVersion")
        self.legacy = legacy
        self.as_kind = as_kind or self.kind
        self.leaves, self.notes, self.replace_lists = [], [], []
        self.obj = self.converted(obj) if legacy else obj
        meta = self.obj.get("metadata") if isinstance(self.obj.get("metadata"), dict) else {}
        self.name = meta.get("name") if isinstance(meta.get("name"), str) else "?"
        self.prepare()

    # -- the object as the nearest Consort kind ------------------------------------------------------------------

    def converted(self, obj):
        """A legacy object as the Consort kind that replaced it, so that its fields can be measured."""
        copy = json.loads(json.dumps(obj, default=str))
        copy["kind"] = self.as_kind
        copy["apiVersion"] = CONSORT_KINDS[self.as_kind][0]
        spec = copy.get("spec")
        if isinstance(spec, dict):
            selector = spec.get("selector")
            if self.kind == "ReplicationController" and isinstance(selector, dict):
                spec["selector"] = {"matchLabels": selector}
            elif selector is None and self.as_kind in ("Deployment", "StatefulSet", "DaemonSet"):
                # The old API versions defaulted the selector to the template's labels; apps/v1 requires one.
                labels = dict_of(dict_of(dict_of(spec.get("template")).get("metadata")).get("labels"))
                if labels:
                    spec["selector"] = {"matchLabels": labels}
                    self.note("its selector is its template's labels, as its API version defaulted it")
        return copy

    # -- facts the rules compare against ---------------------------------------------------------------------------

    def prepare(self):
        obj, kind = self.obj, self.as_kind
        spec = obj.get("spec") if isinstance(obj.get("spec"), dict) else {}
        meta = obj.get("metadata") if isinstance(obj.get("metadata"), dict) else {}
        if kind == "Pod":
            template, self.pod_path = None, ("spec",)
        elif kind == "CronJob":
            self.pod_path = ("spec", "jobTemplate", "spec", "template", "spec")
            template = dict_of(self.at(self.pod_path[:-1]))
        else:
            self.pod_path = ("spec", "template", "spec")
            template = dict_of(self.at(self.pod_path[:-1]))
        self.pod = dict_of(self.at(self.pod_path))
        template_meta = dict_of((template or {}).get("metadata"))
        self.labels = dict_of(meta.get("labels"))
        self.annotations = dict_of(meta.get("annotations"))
        self.template_labels = self.labels if template is None else dict_of(template_meta.get("labels"))
        self.template_annotations = self.annotations if template is None else dict_of(template_meta.get("annotations"))
        # The value of Consort's name label: the workload name, unless [Label("app.kubernetes.io/name", v)] sets it.
        self.name_label = self.template_labels.get(NAME_LABEL) or self.labels.get(NAME_LABEL) or self.name
        # Consort always writes this label, on the pods and on the workload. Where the manifest lacks it, it is an
        # addition rather than a field of the manifest, and one no selector of the manifest's objects can see, so it
        # is not counted against the workload; the notes say how often it happens.
        if NAME_LABEL not in self.template_labels:
            self.note(f"Consort adds the label {NAME_LABEL} to its pods")
        self.volumes = {}
        for volume in list_of(self.pod.get("volumes")):
            if isinstance(volume, dict) and isinstance(volume.get("name"), str):
                sources = [k for k in volume if k != "name" and volume[k] is not None]
                # SetDefaults_Volume: a volume without a source is an emptyDir.
                self.volumes[volume["name"]] = (TOKEN_PROJECTION if sources == ["projected"] and token_projection(
                    volume["projected"]) else sources[0]) if len(sources) == 1 else ("emptyDir" if not sources else None)
        claims = list_of(spec.get("volumeClaimTemplates")) if kind == "StatefulSet" else []
        self.claims = {name_of(dict_of(c).get("metadata")) for c in claims} - {None}
        self.mounted = {name_of(m) for c in self.containers() for m in list_of(c.get("volumeMounts"))} - {None}
        self.grace = self.pod.get("terminationGracePeriodSeconds", 30)
        self.env_cache = {}

    def at(self, path):
        node = self.obj
        for step in path:
            if isinstance(node, dict) and isinstance(step, str):
                node = node.get(step)
            elif isinstance(node, list) and isinstance(step, int) and step < len(node):
                node = node[step]
            else:
                return None
        return node

    def containers(self):
        return [c for name in ("initContainers", "containers") for c in list_of(self.pod.get(name)) if isinstance(c, dict)]

    def note(self, text):
        if text not in self.notes:
            self.notes.append(text)

    def consort_selector(self, selector):
        return plain(selector) == {"matchLabels": {NAME_LABEL: self.name_label}} or self.selector_attributes(selector)

    def selector_attributes(self, selector):
        """[Selector] writes matchLabels only, on a Deployment, StatefulSet or DaemonSet, and puts each label on the
        pods too; a label the pods carry with another value is at odds with it (CNS021)."""
        labels = plain(selector).get("matchLabels") if isinstance(plain(selector), dict) else None
        return (self.as_kind in ("Deployment", "StatefulSet", "DaemonSet")
                and set(plain(selector)) == {"matchLabels"} and isinstance(labels, dict) and bool(labels)
                and all(label_key(k) and label_value(v) and self.template_labels.get(k, v) == v
                        for k, v in labels.items()))

    def container_at(self, where):
        """The container that the field at `where` belongs to: its list's name, its index and the container."""
        for i in range(len(where) - 1, 0, -1):
            if where[i - 1] in ("containers", "initContainers") and isinstance(where[i], int):
                return where[i - 1], where[i], self.at(where[:i + 1])
        return None, None, None

    def native_sidecar_in_place(self, index):
        """Consort puts native sidecars ([Sidecar], native from 1.29) before all init containers: is this one there?"""
        inits = list_of(self.pod.get("initContainers"))
        return all(isinstance(c, dict) and c.get("restartPolicy") == "Always" for c in inits[:index])

    def init_role(self, index):
        container = list_of(self.pod.get("initContainers"))[index]
        if container.get("restartPolicy") != "Always":
            return "init"
        return "sidecar" if self.native_sidecar_in_place(index) else "late sidecar"

    # -- classification -------------------------------------------------------------------------------------------

    def classify(self):
        self.walk(self.obj, {"object": CONSORT_KINDS[self.as_kind][1]}, "", ())
        self.absent_fields()
        self.escalate()
        return self

    def emit(self, path, where, d):
        self.leaves.append(Leaf(path, where, d))

    def walk(self, value, shape, path, where, forced=None):
        if value is None:
            return  # null is the same as leaving the field out
        if isinstance(shape, dict) and "object" in shape:
            if not isinstance(value, dict):
                return self.emit(path, where, invalid(f"must be a mapping ({shape['object']}), not {kind_of(value)}"))
            model = shape["object"]
            if not value:
                if model == "V1EmptyDirVolumeSource":
                    self.emit(path, where, forced or typed("[EmptyDirVolume]"))
                return
            fields = MODELS.get(model, {})
            for key, item in value.items():
                sub_path, sub_where = (path + "." if path else "") + str(key), where + (key,)
                if key not in fields:
                    # kubectl validates strictly by default and rejects the object; other clients get the field
                    # dropped with a warning. Either way the stored object lacks it, and a [Patch] rejects it (CNS017).
                    self.emit(sub_path, sub_where, ignored(f"not a field of {model}: the API server does not keep it"))
                    continue
                if item == "" and fields[key] == "string" and (model, key) not in POINTER_STRINGS:
                    # The API types decode "" into a plain string field as no value at all.
                    self.emit(sub_path, sub_where, typed("empty, the same as leaving it out"))
                    continue
                d = forced or self.rule(model, key, item, value, sub_path, sub_where)
                self.walk(item, fields[key], sub_path, sub_where, None if d == DESCEND else d)
        elif isinstance(shape, dict) and "list" in shape:
            if not isinstance(value, list):
                return self.emit(path, where, invalid(f"must be a list, not {kind_of(value)}"))
            if where and where[-1] not in MERGE_LISTS:
                self.replace_lists.append(where)
            for index, item in enumerate(value):
                self.walk(item, shape["list"], path + "[]", where + (index,), forced)
        elif isinstance(shape, dict) and "map" in shape:
            if not isinstance(value, dict):
                return self.emit(path, where, invalid(f"must be a mapping, not {kind_of(value)}"))
            keep_keys = shape["map"] == "quantity"  # resource names matter; label keys are the user's own
            for key, item in value.items():
                d = forced(key, item) if callable(forced) else forced
                self.walk(item, shape["map"], path + ("." + str(key) if keep_keys else ""), where + (key,), d)
        else:
            problem = scalar_problem(value, shape)
            if problem:
                self.emit(path, where, invalid(problem))
            else:
                self.emit(path, where, forced or patched("no attribute writes it", None))

    def rule(self, model, key, value, parent, path, where):
        method = getattr(self, "r_" + model, None)
        d = method(key, value, parent, where) if method else None
        if d is not None:
            return d
        if (model, key) in API_DEFAULTS and value == API_DEFAULTS[(model, key)]:
            return typed("the API server's default; Consort leaves it out")
        return patched("no attribute writes it", self.field_gap(path))

    def field_gap(self, path):
        """A field without an attribute, named the same way for every kind: the pod spec's fields as 'pod.', the pod
        template's as 'template.', so that one row counts a missing attribute wherever the kind puts the field."""
        prefix = ".".join(self.pod_path) + "."
        if path.startswith(prefix):
            return "=pod." + path[len(prefix):]
        template = ".".join(self.pod_path[:-1]) + "."
        if self.as_kind != "Pod" and path.startswith(template):
            return "=template." + path[len(template):]
        return f"={self.as_kind} {path}"

    def absent_fields(self):
        """What Consort always writes but the manifest leaves out: only a patch that removes it says the same."""
        spec = self.obj.get("spec") if isinstance(self.obj.get("spec"), dict) else {}
        if self.as_kind == "StatefulSet" and spec.get("serviceName") in (None, ""):
            self.emit("spec.serviceName", ("spec", "serviceName"), patched(
                "left out, but Consort always writes serviceName (default: the workload name), which gives the pods "
                "DNS names; a patch 'serviceName: null' removes it", "StatefulSet without serviceName"))

    def escalate(self):
        """A patch replaces a list that does not merge by key whole: a patched item takes its list's other items along."""
        for list_where in self.replace_lists:
            inside = [leaf for leaf in self.leaves if leaf.where[:len(list_where)] == list_where]
            trigger = next((leaf for leaf in inside if leaf.cls == PATCHED), None)
            if trigger is None:
                continue
            for leaf in inside:
                if leaf.cls == TYPED:
                    leaf.cls, leaf.gap = PATCHED, trigger.gap
                    leaf.reason = f"in the list '{list_where[-1]}', which a patch replaces whole for another item"

    # -- the verdict ----------------------------------------------------------------------------------------------

    def counted(self, cls):
        return [leaf for leaf in self.leaves if leaf.cls == cls]

    @property
    def verdict(self):
        if self.legacy:
            return IMPOSSIBLE
        for cls, verdict in ((INVALID, INVALID), (IMPOSSIBLE, IMPOSSIBLE), (PATCHED, "needs patch")):
            if self.counted(cls):
                return verdict
        return "typed-only"

    def as_kind_verdict(self):
        """For a legacy object: the verdict its fields would get as the Consort kind, leaving out apiVersion and kind."""
        classes = {leaf.cls for leaf in self.leaves if leaf.path not in ("apiVersion", "kind")}
        for cls, verdict in ((INVALID, INVALID), (IMPOSSIBLE, IMPOSSIBLE), (PATCHED, "needs patch")):
            if cls in classes:
                return verdict
        return "typed-only"

    def gaps(self):
        return sorted({leaf.gap or "=" + leaf.path for leaf in self.counted(PATCHED)})

    def problems(self, cls, skip=()):
        """The fields of class `cls` as (path, reason): the fields that share a reason as the path they share (all
        of a volume's fields as 'spec.volumes[]'), so that a row says what needs a patch rather than every leaf."""
        paths = collections.defaultdict(set)
        for leaf in self.counted(cls):
            if leaf.path not in skip:
                paths[(leaf.reason, leaf.gap)].add(leaf.path)
        return sorted((common_path(sorted(group)), reason) for (reason, _), group in paths.items())

    # -- the rules, by model: a decision for the field `key` of a `parent` of that model, DESCEND to decide field by
    #    field below it, or None for the default (typed when it is the API server's default, else patched).

    def root(self, key, value, parent, where):
        if key in ("apiVersion", "kind"):
            return impossible(self.legacy) if self.legacy else typed(f"[{self.as_kind}]")
        if key in ("metadata", "spec"):
            return DESCEND
        if key == "status":
            return ignored("status is written by the controllers, not by a manifest")
        return None

    r_V1Pod = r_V1Deployment = r_V1StatefulSet = r_V1DaemonSet = r_V1Job = r_V1CronJob = root

    def r_V1ObjectMeta(self, key, value, parent, where):
        if key in SERVER_SET:
            return ignored("set by the API server; a manifest's value is dropped or overwritten")
        place = self.meta_place(where)
        if place == "workload":
            if key == "name":
                return self.workload_name(value)
            if key == "namespace":
                return typed("Namespace") if dns_label(value) else invalid("a namespace is a DNS-1123 label")
            if key == "generateName" and "name" not in parent:
                return impossible("a generated name: Consort needs the workload's name, and a patch cannot change "
                                  "metadata.name")
        if place == "template" and key in ("name", "namespace"):
            # GetPodFromTemplate (pkg/controller/controller_utils.go) copies a template's labels, annotations and
            # finalizers only: the controller names the pods itself and creates them in the workload's namespace.
            return ignored(f"the controller gives its pods a {key} of its own and never reads the template's")
        if place in ("workload", "template") and key in ("labels", "annotations"):
            annotation = key == "annotations"
            return lambda k, v: self.label(k, v, annotation, place)
        if place == "claim" and key == "name":
            return typed("[VolumeClaimTemplate] name") if dns_label(value) else invalid(
                "a claim template's name is a volume name: a DNS-1123 label")
        if place == "job template":
            return patched("a CronJob's job template gets no metadata from Consort", "CronJob jobTemplate metadata")
        return None

    def meta_place(self, where):
        if where[:-1] == ("metadata",):
            return "workload"
        if where[-3:-1] == ("template", "metadata"):
            return "template"
        if len(where) >= 4 and where[-4] == "volumeClaimTemplates":
            return "claim"
        if where[-3:-1] == ("jobTemplate", "metadata"):
            return "job template"
        return "other"

    def workload_name(self, value):
        if not dns_subdomain(value):
            return invalid("a workload name is a DNS-1123 subdomain")
        limit = 52 if self.as_kind == "CronJob" else 63
        if len(value) > limit:
            # The API server takes Pod, Deployment and DaemonSet names up to 253 characters, but Consort writes the
            # name as the app.kubernetes.io/name label value too (CNS001), and a patch cannot change metadata.name.
            return impossible(f"longer than {limit} characters: Consort's workload names are label values too "
                              "(CNS001), and a patch cannot change metadata.name")
        return typed(f"the [{self.as_kind}] name")

    def label(self, key, value, annotation, place):
        what = "[Annotation]" if annotation else "[Label]"
        if not label_key(key, annotation) or (not annotation and not label_value(value)):
            return invalid("not a valid label" if not annotation else "not a valid annotation key")
        if self.as_kind == "Pod" or place == "template":
            # On the template side a [Label] also labels the workload object itself. Nothing selects workload objects
            # (Services, NetworkPolicies and disruption budgets select pods), so the extra label changes nothing;
            # the project's semantic_diff.py --metadata accepts it the same way.
            return typed(what)
        pod_side = self.template_annotations if annotation else self.template_labels
        if key in pod_side and pod_side[key] == value:
            return typed(what)
        if key in pod_side:
            return patched(f"differs from the pod template's; a {what} writes one value to both",
                           "labels and annotations that differ between workload and pod template")
        if key == NAME_LABEL:
            return typed(f"{what}: Consort's name label, which it writes on the pods anyway")
        return typed(f"{what[:-1]}(..., WorkloadOnly = true)]")

    def spec_common(self, key, value):
        if key == "template":
            return DESCEND
        if key == "selector":
            if plain(value) == {"matchLabels": {NAME_LABEL: self.name_label}}:
                return typed(f"the selector Consort writes ({NAME_LABEL})")
            if self.selector_attributes(value):
                return typed("[Selector]")
            keys = ", ".join(sorted(selector_keys(value))) or "nothing"
            # It must be exactly the manifest's: a workload's selector is immutable, so applying one with another
            # selector over the running workload fails. A patch can write it (not impossible): matchLabels merges as
            # a map, so '{NAME_LABEL}: null' removes Consort's key and the manifest's own keys are added.
            return patched(f"selects on {keys}, not on {NAME_LABEL} alone", "selectors with matchExpressions, or labels the pods carry with other values")
        if key == "minReadySeconds":
            return typed("MinReadySeconds") if is_int(value) and value >= 0 else invalid("a count of seconds")
        return None

    def r_V1DeploymentSpec(self, key, value, parent, where):
        if key == "replicas":
            return typed("Replicas") if is_int(value) and value >= 0 else invalid("a count")
        if key == "strategy":
            return DESCEND
        if key in ("revisionHistoryLimit", "progressDeadlineSeconds"):
            return typed(key[0].upper() + key[1:])
        return self.spec_common(key, value)

    def r_V1DeploymentStrategy(self, key, value, parent, where):
        if key == "type":
            return typed("Strategy") if value in ("RollingUpdate", "Recreate") else invalid("not a strategy")
        if key == "rollingUpdate":
            return DESCEND
        return None

    def r_V1RollingUpdateDeployment(self, key, value, parent, where):
        if key in ("maxSurge", "maxUnavailable"):
            return typed(key[0].upper() + key[1:]) if int_or_percent(value) else invalid("a count or a percentage")
        return None

    def r_V1StatefulSetSpec(self, key, value, parent, where):
        if key == "replicas":
            return typed("Replicas") if is_int(value) and value >= 0 else invalid("a count")
        if key == "serviceName":
            # Consort checks ServiceName as a DNS-1035 label (CNS001); the API server does not, and a patch may set it.
            return typed("ServiceName") if dns1035_label(value) else patched(
                "not a DNS-1035 label, which ServiceName must be (CNS001)", "StatefulSet serviceName not a DNS label")
        if key == "podManagementPolicy":
            return typed("PodManagementPolicy") if value in ("OrderedReady", "Parallel") else invalid("not a policy")
        if key in ("updateStrategy", "volumeClaimTemplates", "persistentVolumeClaimRetentionPolicy"):
            return DESCEND
        return self.spec_common(key, value)

    def r_V1StatefulSetPersistentVolumeClaimRetentionPolicy(self, key, value, parent, where):
        if key in ("whenDeleted", "whenScaled"):
            ok = value in ("Retain", "Delete")
            return typed("ClaimsWhen" + key[4:]) if ok else invalid("Retain or Delete")
        return None

    def r_V1StatefulSetUpdateStrategy(self, key, value, parent, where):
        if key == "type":
            return typed("UpdateStrategy") if value in ("RollingUpdate", "OnDelete") else invalid("not a strategy")
        if key == "rollingUpdate":
            return DESCEND
        return None

    def r_V1DaemonSetSpec(self, key, value, parent, where):
        if key == "updateStrategy":
            return DESCEND
        return self.spec_common(key, value)

    def r_V1DaemonSetUpdateStrategy(self, key, value, parent, where):
        return self.r_V1StatefulSetUpdateStrategy(key, value, parent, where)

    def r_V1RollingUpdateDaemonSet(self, key, value, parent, where):
        if key == "maxUnavailable":
            if not int_or_percent(value):
                return invalid("a count or a percentage")
            # Consort rejects 0 (CNS024) although the API server takes it together with a maxSurge.
            if str(value).rstrip("%").strip("0") == "":
                return patched("0, which MaxUnavailable rejects (CNS024) although the API server takes it beside a "
                               "maxSurge", "DaemonSet MaxUnavailable 0")
            return typed("MaxUnavailable")
        return None

    def r_V1JobSpec(self, key, value, parent, where):
        if key in ("backoffLimit", "completions", "parallelism", "ttlSecondsAfterFinished"):
            return typed(key[0].upper() + key[1:]) if is_int(value) and value >= 0 else invalid("a count")
        if key == "template":
            return DESCEND
        if key == "selector":
            return patched("a hand-written Job selector: Consort leaves it to the API server", "Job selector")
        return None

    def r_V1CronJobSpec(self, key, value, parent, where):
        if key == "schedule":
            ok = isinstance(value, str) and value.strip() == value and value != "" and value.isprintable()
            return typed("the [CronJob] schedule") if ok else patched(
                "a schedule with surrounding white space, which Consort rejects (CNS015)", "CronJob schedule")
        if key == "concurrencyPolicy":
            return typed("ConcurrencyPolicy") if value in ("Allow", "Forbid", "Replace") else invalid("not a policy")
        if key == "jobTemplate":
            return DESCEND
        return None

    def r_V1JobTemplateSpec(self, key, value, parent, where):
        return DESCEND if key in ("spec", "metadata") else None

    def r_V1PodTemplateSpec(self, key, value, parent, where):
        return DESCEND if key in ("spec", "metadata") else None

    # -- the pod spec ----------------------------------------------------------------------------------------------

    POD_PROPERTIES = {
        "automountServiceAccountToken": "AutomountServiceAccountToken", "hostNetwork": "HostNetwork",
        "hostPID": "HostPID", "hostIPC": "HostIPC", "enableServiceLinks": "EnableServiceLinks",
        "shareProcessNamespace": "ShareProcessNamespace", "terminationGracePeriodSeconds": "TerminationGracePeriodSeconds",
    }

    def r_V1PodSpec(self, key, value, parent, where):
        if key in self.POD_PROPERTIES:
            return typed(self.POD_PROPERTIES[key])
        if key in ("serviceAccountName", "priorityClassName", "runtimeClassName", "schedulerName"):
            name = "ServiceAccount" if key == "serviceAccountName" else key[0].upper() + key[1:]
            return typed(name) if dns_subdomain(value) else invalid("a DNS-1123 subdomain")
        if key == "serviceAccount":
            # The deprecated alias: the API server copies it to serviceAccountName, which ServiceAccount writes.
            if parent.get("serviceAccountName") in (None, value):
                return typed("ServiceAccount (serviceAccount is the deprecated alias of serviceAccountName)")
            return patched("differs from serviceAccountName", "pod.serviceAccount")
        if key == "dnsPolicy":
            ok = value in ("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None")
            return typed("DnsPolicy") if ok else invalid("not a DNS policy")
        if key == "restartPolicy":
            allowed = {"Pod": ("Always", "OnFailure", "Never"), "Job": ("OnFailure", "Never"),
                       "CronJob": ("OnFailure", "Never")}.get(self.as_kind, ("Always",))
            if value in allowed:
                return typed("RestartPolicy" if self.as_kind in ("Pod", "Job", "CronJob") else
                             "Always: the only value, and the API server's default")
            return invalid(f"a {self.as_kind}'s pods may not restart {value}")
        if key == "nodeSelector":
            return lambda k, v: typed("[NodeSelector]") if label_key(k) and label_value(v) else invalid(
                "not a valid label")
        if key in ("containers", "initContainers", "volumes", "imagePullSecrets", "tolerations", "affinity",
                   "topologySpreadConstraints", "securityContext"):
            return DESCEND
        return None

    def r_V1LocalObjectReference(self, key, value, parent, where):
        if key == "name" and "imagePullSecrets" in where:
            return typed("ImagePullSecrets") if dns_subdomain(value) else invalid("a DNS-1123 subdomain")
        return None

    def r_V1PodSecurityContext(self, key, value, parent, where):
        if key in ("runAsUser", "runAsGroup", "fsGroup"):
            return typed(f"[PodSecurityContext] {key[0].upper() + key[1:]}") if user_id(value) else invalid("an ID")
        if key == "supplementalGroups":
            return typed("[PodSecurityContext] SupplementalGroups")
        if key == "runAsNonRoot":
            return typed("[PodSecurityContext] RunAsNonRoot")
        if key == "fsGroupChangePolicy":
            ok = value in ("Always", "OnRootMismatch")
            return typed("[PodSecurityContext] FsGroupChangePolicy") if ok else invalid("not a policy")
        if key == "seccompProfile":
            return DESCEND
        return None

    def r_V1SeccompProfile(self, key, value, parent, where):
        if key == "type":
            ok = value in ("RuntimeDefault", "Unconfined", "Localhost")
            return typed("Seccomp") if ok else invalid("not a seccomp profile type")
        if key == "localhostProfile":
            return typed("SeccompLocalhostProfile") if parent.get("type") == "Localhost" else invalid(
                "a localhost profile needs type Localhost")
        return None

    def r_V1Toleration(self, key, value, parent, where):
        if key == "key":
            return typed("[Toleration(key)]") if label_key(value) else invalid("not a label key")
        if key == "operator":
            if value == "Exists" and parent.get("value") in (None, ""):
                return typed("[Toleration] without Value: Exists")
            if value == "Equal" and parent.get("key"):
                return typed("[Toleration] with Value: Equal")
            return patched(f"operator {value}", "toleration operators other than Equal and Exists")
        if key == "value":
            if value == "" and parent.get("operator") == "Exists":
                return typed("an empty value, the same as none")
            return typed("Value") if parent.get("key") and label_value(value) else invalid("not a label value")
        if key == "effect":
            ok = value in ("", "NoSchedule", "PreferNoSchedule", "NoExecute")
            return typed("Effect") if ok else invalid("not a taint effect")
        if key == "tolerationSeconds":
            return typed("TolerationSeconds") if parent.get("effect") == "NoExecute" else invalid(
                "tolerationSeconds needs effect NoExecute")
        return None

    def r_V1TopologySpreadConstraint(self, key, value, parent, where):
        if key == "maxSkew":
            return typed("MaxSkew") if is_int(value) and value >= 1 else invalid("at least 1")
        if key == "topologyKey":
            return typed("[TopologySpread(topologyKey)]") if label_key(value) else invalid("not a label key")
        if key == "whenUnsatisfiable":
            ok = value in ("DoNotSchedule", "ScheduleAnyway")
            return typed("WhenUnsatisfiable") if ok else invalid("not a policy")
        if key == "labelSelector":
            return self.own_pods(value, "[TopologySpread] over other pods")
        return None

    def own_pods(self, selector, gap):
        """[TopologySpread] and [PodAntiAffinity] select the workload's own pods with the workload's selector."""
        if self.consort_selector(selector):
            return typed("the workload's own selector")
        own = plain((self.obj.get("spec") or {}).get("selector")) if self.as_kind != "Pod" else None
        if own and plain(selector) == own:
            # The workload's own selector, which [Selector] cannot write either.
            return patched(f"the workload's own selector, which [Selector] cannot write", "selectors with matchExpressions, or labels the pods carry with other values")
        return patched("selects other pods than the workload's own selector does", gap)

    def r_V1Affinity(self, key, value, parent, where):
        if key in ("nodeAffinity", "podAntiAffinity"):
            return DESCEND
        return None

    def r_V1NodeAffinity(self, key, value, parent, where):
        if key != "requiredDuringSchedulingIgnoredDuringExecution":
            return None
        # [NodeAffinity(key, values...)] writes one term of 'In' expressions, one per attribute.
        terms = list_of((value or {}).get("nodeSelectorTerms")) if isinstance(value, dict) else []
        term = terms[0] if len(terms) == 1 and isinstance(terms[0], dict) else None
        expressions = list_of(term.get("matchExpressions")) if term else []
        ok = (term is not None and set(plain(term)) == {"matchExpressions"} and set(plain(value)) == {"nodeSelectorTerms"}
              and all(isinstance(e, dict) and e.get("operator") == "In" and label_key(e.get("key"))
                      and list_of(e.get("values")) and all(label_value(v) for v in e["values"])
                      and set(e) <= {"key", "operator", "values"} for e in expressions))
        if ok:
            return typed("[NodeAffinity(key, values)]")
        return patched("node affinity other than one term of 'In' expressions", "node affinity beyond [NodeAffinity]")

    def r_V1PodAntiAffinity(self, key, value, parent, where):
        return DESCEND if key in ("requiredDuringSchedulingIgnoredDuringExecution",
                                  "preferredDuringSchedulingIgnoredDuringExecution") else None

    def r_V1WeightedPodAffinityTerm(self, key, value, parent, where):
        if key == "weight":
            return typed("Weight") if is_int(value) and 1 <= value <= 100 else invalid("a weight from 1 to 100")
        if key == "podAffinityTerm":
            return DESCEND
        return None

    def r_V1PodAffinityTerm(self, key, value, parent, where):
        if key == "topologyKey":
            return typed("[PodAntiAffinity(topologyKey)]") if label_key(value) else invalid("not a label key")
        if key == "labelSelector":
            return self.own_pods(value, "[PodAntiAffinity] against other pods")
        return None

    # -- containers ------------------------------------------------------------------------------------------------

    def r_V1Container(self, key, value, parent, where):
        list_name, index, _ = self.container_at(where)
        role = self.init_role(index) if list_name == "initContainers" else "app"
        what = {"app": "[Container]", "init": "[InitContainer]", "sidecar": "[Sidecar]",
                "late sidecar": "[InitContainer]"}[role]
        if key == "name":
            return typed(f"{what} Name (or the class name)") if dns_label(value) else invalid("a DNS-1123 label")
        if key == "image":
            ok = isinstance(value, str) and value.strip() == value and value != ""
            return typed(f"{what} image") if ok else invalid("an image without surrounding white space")
        if key in ("command", "args", "workingDir"):
            return typed(key[0].upper() + key[1:])
        if key == "imagePullPolicy":
            return typed("ImagePullPolicy") if value in ("Always", "IfNotPresent", "Never") else invalid("not a policy")
        if key == "terminationMessagePolicy":
            ok = value in ("File", "FallbackToLogsOnError")
            return typed("TerminationMessagePolicy") if ok else invalid("not a policy")
        if key in ("livenessProbe", "readinessProbe", "startupProbe", "lifecycle"):
            if role == "init":
                return invalid("a plain init container may have no probes or lifecycle hooks; the API server rejects them")
            if role == "late sidecar":
                return patched("on a native sidecar declared as [InitContainer] (see restartPolicy), where probes and "
                               "hooks are CNS009", "native sidecars after init containers")
            return DESCEND
        if key == "restartPolicy":
            if role == "sidecar":
                return typed("[Sidecar(\"image\")]: a native sidecar from Kubernetes 1.29")
            if role == "late sidecar":
                return patched("a native sidecar after a plain init container: Consort puts [Sidecar]s before all init "
                               "containers, so keeping the order needs [InitContainer] with a patch",
                               "native sidecars after init containers")
            return patched("a container restart policy (KEP-5307)", "pod.containers[].restartPolicy")
        if key in ("ports", "env", "envFrom", "resources", "volumeMounts", "securityContext"):
            return DESCEND
        return None

    def r_V1ContainerPort(self, key, value, parent, where):
        if key == "containerPort":
            return typed("[Port(containerPort)]") if port_number(value) else invalid("a port from 1 to 65535")
        if key == "name":
            return typed("[Port] Name") if port_name(value) else invalid("an IANA service name")
        if key == "protocol":
            return typed("[Port] Protocol") if value in ("TCP", "UDP", "SCTP") else invalid("not a protocol")
        if key == "hostPort":
            return typed("[Port] HostPort") if port_number(value) else invalid("a port from 1 to 65535")
        if key == "hostIP":
            _, _, container = self.container_at(where)
            same = [p for p in list_of(container.get("ports")) if isinstance(p, dict)
                    and p.get("containerPort") == parent.get("containerPort")]
            if len(same) > 1:
                return impossible("a patch merges ports by containerPort, and this container has two ports with that "
                                  "number: it cannot reach the second")
        return None

    def r_V1EnvVar(self, key, value, parent, where):
        reason = self.env_needs_patch(where)
        if reason:
            return patched(reason[0], reason[1])
        if key == "name":
            return typed("the name of an [Env...] attribute") if env_name(value) else invalid("not an env name")
        if key == "value":
            return typed("[Env(name, value)]")
        if key == "valueFrom":
            sources = [k for k in ("fieldRef", "secretKeyRef", "configMapKeyRef") if dict_of(value).get(k)]
            if len(sources) != 1 or len([v for v in dict_of(value).values() if v is not None]) != 1:
                return invalid("an env entry's valueFrom names exactly one source")
            return typed({"fieldRef": "[EnvFromField]", "secretKeyRef": "[EnvFromSecret]",
                          "configMapKeyRef": "[EnvFromConfigMap]"}[sources[0]])
        return None

    def env_needs_patch(self, where):
        """Why the env entry at `where` has to come from a patch, or None: its source has no attribute, or it refers
        to an entry that comes from a patch (a patch appends its entries, and $(VAR) sees only earlier ones)."""
        i = max(n for n, step in enumerate(where) if step == "env")
        container_where, entry = where[:i], where[i + 1]
        if container_where not in self.env_cache:
            entries = list_of(self.at(container_where + ("env",)))
            reasons, patched_names = {}, set()
            for n, item in enumerate(entries):
                if not isinstance(item, dict):
                    continue
                why = env_source_problem(item.get("valueFrom"))
                value = item.get("value") if isinstance(item.get("value"), str) else ""
                refs = sorted(set(re.findall(r"\$\(([^)]*)\)", value)) & patched_names)
                if why is None and refs:
                    why = (f"refers to $({refs[0]}), which comes from a patch: a patch appends its env entries after "
                           "the typed ones, and a reference sees only earlier entries",
                           "env entries that refer to patched ones")
                if why:
                    reasons[n] = why
                    patched_names.add(name_of(item))
            self.env_cache[container_where] = reasons
        return self.env_cache[container_where].get(entry)

    def r_V1EnvFromSource(self, key, value, parent, where):
        if key in ("configMapRef", "secretRef"):
            if sum(1 for k in ("configMapRef", "secretRef") if parent.get(k)) > 1:
                return invalid("an envFrom entry names one source")
            ok = dns_subdomain(name_of(value))
            return typed(f"[EnvFrom({'ConfigMap' if key == 'configMapRef' else 'Secret'} = ...)]") if ok else invalid(
                "a DNS-1123 subdomain")
        if key == "prefix":
            return typed("[EnvFrom] Prefix") if env_name(value) else invalid("not an env name")
        return None

    def r_V1ResourceRequirements(self, key, value, parent, where):
        if key in ("requests", "limits"):
            suffix = "Request" if key == "requests" else "Limit"

            def resource(name, amount):
                if not quantity(amount):
                    return invalid("not a quantity")
                if name in RESOURCE_PROPERTIES:
                    return typed(f"[Resources] {RESOURCE_PROPERTIES[name]}{suffix}")
                if not extended_resource(name):
                    return patched(f"{name}: [Resources] has cpu, memory and ephemeral-storage",
                                   "other resources (hugepages)")
                # An extended resource cannot be overcommitted: its request is its limit, which the API server copies
                # to the requests when they leave it out (SetDefaults_Pod); a request alone or a different one is
                # rejected.
                limit = dict_of(parent.get("limits")).get(name)
                if limit is None or str(limit) != str(dict_of(parent.get("requests")).get(name, limit)):
                    return invalid("an extended resource's request must equal its limit")
                if not re.fullmatch(r"[0-9]+", str(amount)):
                    return invalid("an extended resource is a whole number")
                return typed("[ExtendedResource]" if key == "limits" else "[ExtendedResource]: the limit is the request")
            return resource
        return None

    def r_V1VolumeMount(self, key, value, parent, where):
        volume = name_of(parent)
        if self.volumes.get(volume) not in (None, *VOLUME_ATTRIBUTES):
            return patched(f"mounts the {self.volumes[volume]} volume: [Mount] needs a volume class",
                           f"volume type {self.volumes[volume]}")
        if volume not in self.volumes and volume not in self.claims:
            return invalid("mounts no volume of the pod")
        if key == "name":
            return typed("[Mount(typeof(Volume), ...)]")
        if key == "mountPath":
            ok = isinstance(value, str) and value.startswith("/")
            return typed("[Mount] path") if ok else invalid("an absolute path")
        if key == "readOnly":
            return typed("[Mount] ReadOnly")
        if key == "subPath":
            return typed("[Mount] SubPath") if relative_path(value) or value == "" else invalid("a relative path")
        if key == "mountPropagation":
            ok = value in ("None", "HostToContainer", "Bidirectional")
            return typed("[Mount] MountPropagation") if ok else invalid("not a propagation mode")
        return None

    def r_V1Probe(self, key, value, parent, where):
        if key in ("httpGet", "tcpSocket", "exec", "grpc"):
            return DESCEND
        if key in ("initialDelaySeconds", "periodSeconds", "timeoutSeconds", "successThreshold", "failureThreshold"):
            return typed("probe " + key[0].upper() + key[1:])
        return None

    def r_V1HTTPGetAction(self, key, value, parent, where):
        if key == "path":
            return typed("[HttpProbe(kind, path, port)]")
        if key == "port":
            return self.probe_port(value, "[HttpProbe]") if "lifecycle" not in where else None
        if key == "scheme":
            return typed("[HttpProbe] Https") if value in ("HTTP", "HTTPS") else invalid("HTTP or HTTPS")
        if key == "httpHeaders":
            return DESCEND
        return None

    def r_V1HTTPHeader(self, key, value, parent, where):
        name, header_value = parent.get("name"), parent.get("value")
        ok = isinstance(name, str) and re.fullmatch(r"[A-Za-z0-9-]+", name) and isinstance(header_value, str) \
            and header_value.strip() == header_value
        return typed("[HttpProbe] Headers") if ok else patched(
            "a header that Headers = [\"Name: value\"] cannot write (name letters, digits and '-'; value trimmed)",
            "probe headers beyond Headers")

    def r_V1TCPSocketAction(self, key, value, parent, where):
        if key == "port":
            return self.probe_port(value, "[TcpProbe]") if "lifecycle" not in where else None
        return None

    def r_V1ExecAction(self, key, value, parent, where):
        if key == "command":
            if "lifecycle" in where:
                return typed("[PreStop(...)]/[PostStart(...)]") if list_of(value) else invalid("an empty command")
            return typed("[ExecProbe(kind, command...)]")
        return None

    def r_V1GRPCAction(self, key, value, parent, where):
        if key == "port":
            return typed("[GrpcProbe(kind, port)]") if port_number(value) else invalid("a port from 1 to 65535")
        if key == "service":
            return typed("[GrpcProbe] Service")
        return None

    def probe_port(self, value, what):
        if port_number(value) or port_name(value):
            return typed(f"{what} port")
        return invalid("a port from 1 to 65535 or a port name")

    def r_V1Lifecycle(self, key, value, parent, where):
        return DESCEND if key in ("preStop", "postStart") else None

    def r_V1LifecycleHandler(self, key, value, parent, where):
        if key == "exec":
            return DESCEND
        if key == "sleep":
            seconds = (value or {}).get("seconds")
            ok = is_int(seconds) and 0 <= seconds <= (self.grace if is_int(self.grace) else 30)
            return typed("[PreStop(SleepSeconds = ...)]") if ok else invalid(
                "a pause up to the termination grace period")
        return None

    def r_V1SecurityContext(self, key, value, parent, where):
        if key in ("runAsNonRoot", "readOnlyRootFilesystem", "allowPrivilegeEscalation", "privileged"):
            return typed("[SecurityContext] " + key[0].upper() + key[1:])
        if key in ("runAsUser", "runAsGroup"):
            return typed("[SecurityContext] " + key[0].upper() + key[1:]) if user_id(value) else invalid("an ID")
        if key == "capabilities":
            return DESCEND
        if key == "seccompProfile":
            return DESCEND
        return None

    def r_V1Capabilities(self, key, value, parent, where):
        return typed("[SecurityContext] AddCapabilities" if key == "add" else "[SecurityContext] DropCapabilities")

    # -- volumes ---------------------------------------------------------------------------------------------------

    def r_V1Volume(self, key, value, parent, where):
        if name_of(parent) is None:
            return invalid("a volume needs a name")
        source = self.volumes.get(name_of(parent))
        if source is None:
            return invalid("a volume has exactly one source")
        if source in REMOVED_VOLUME_PLUGINS:
            # The API keeps the field, but the kubelet has no plugin left to mount it ("no volume plugin matched"),
            # so the pod never starts on a cluster of that version or later: nothing a workload can run with.
            return invalid(f"the {source} volume plugin was removed from Kubernetes in {REMOVED_VOLUME_PLUGINS[source]}:"
                           " no current cluster mounts it")
        if source not in VOLUME_ATTRIBUTES:
            return patched(f"{source} volume: no volume attribute", f"volume type {source}")
        if key == "name":
            if not dns_label(value):
                return invalid("a DNS-1123 label")
            if source not in parent and source != TOKEN_PROJECTION:
                return typed("[EmptyDirVolume]: a volume without a source is an emptyDir (the API server's default)")
            return typed(f"{VOLUME_ATTRIBUTES[source]} Name (or the class name)")
        return DESCEND

    def r_V1EmptyDirVolumeSource(self, key, value, parent, where):
        if key == "medium":
            return typed("[EmptyDirVolume] Medium") if value in ("", "Memory") else patched(
                f"medium {value}: Medium has Default and Memory", "emptyDir medium HugePages")
        if key == "sizeLimit":
            return typed("[EmptyDirVolume] SizeLimit") if quantity(value) else invalid("not a quantity")
        return None

    def r_V1ConfigMapVolumeSource(self, key, value, parent, where):
        return self.projected_source(key, value, "name", "[ConfigMapVolume]")

    def r_V1SecretVolumeSource(self, key, value, parent, where):
        return self.projected_source(key, value, "secretName", "[SecretVolume]")

    def projected_source(self, key, value, name_key, what):
        if key == name_key:
            return typed(f"{what} name") if dns_subdomain(value) else invalid("a DNS-1123 subdomain")
        if key == "optional":
            return typed(f"{what} Optional")
        if key == "defaultMode":
            return typed(f"{what} DefaultMode") if file_mode(value) else invalid("a file mode up to 0777")
        if key == "items":
            return DESCEND
        return None

    def r_V1KeyToPath(self, key, value, parent, where):
        if key == "key":
            return typed("[VolumeItem(key, path)]") if config_key(value) else invalid("not a ConfigMap key")
        if key == "path":
            return typed("[VolumeItem] path") if relative_path(value) else invalid("a relative path without '..'")
        if key == "mode":
            return typed("[VolumeItem] Mode") if file_mode(value) else invalid("a file mode up to 0777")
        return None

    def r_V1PersistentVolumeClaimVolumeSource(self, key, value, parent, where):
        if key == "claimName":
            return typed("[PersistentVolumeClaimVolume] claim") if dns_subdomain(value) else invalid("a DNS subdomain")
        if key == "readOnly":
            return typed("[PersistentVolumeClaimVolume] ReadOnly")
        return None

    def r_V1ISCSIVolumeSource(self, key, value, parent, where):
        if key in ("targetPortal", "portals"):
            portals = value if isinstance(value, list) else [value]
            ok = all(isinstance(p, str) and p.strip() for p in portals)
            return typed("[IscsiVolume] targetPortal" if key == "targetPortal" else "[IscsiVolume] Portals") if ok \
                else invalid("an empty portal")
        if key in ("iqn", "initiatorName"):
            what = "[IscsiVolume] iqn" if key == "iqn" else "[IscsiVolume] InitiatorName"
            return typed(what) if iscsi_name(value) else invalid("an iSCSI name in the iqn, eui or naa form")
        if key == "lun":
            return typed("[IscsiVolume] lun") if is_int(value) and 0 <= value <= 255 else invalid("a LUN from 0 to 255")
        if key in ("chapAuthDiscovery", "chapAuthSession"):
            secret = dict_of(parent.get("secretRef")).get("name")
            return typed(f"[IscsiVolume] {key[0].upper() + key[1:]}") if value is not True or secret else invalid(
                "CHAP needs a secretRef")
        if key == "secretRef":
            return typed("[IscsiVolume] Secret") if dns_subdomain(dict_of(value).get("name")) else invalid(
                "a Secret name")
        simple = {"fsType": "FsType", "readOnly": "ReadOnly", "iscsiInterface": "Interface"}
        return typed(f"[IscsiVolume] {simple[key]}") if key in simple else None

    def r_V1ProjectedVolumeSource(self, key, value, parent, where):
        return DESCEND if key == "sources" else None

    def r_V1VolumeProjection(self, key, value, parent, where):
        return DESCEND if key == "serviceAccountToken" else None

    def r_V1ServiceAccountTokenProjection(self, key, value, parent, where):
        if key == "path":
            return typed("[ServiceAccountTokenVolume(path)]") if relative_path(value) else invalid("a relative path")
        if key == "audience":
            return typed("[ServiceAccountTokenVolume] Audience")
        if key == "expirationSeconds":
            ok = is_int(value) and 600 <= value <= 2 ** 32
            return typed("[ServiceAccountTokenVolume] ExpirationSeconds") if ok else invalid("600 to 2^32 seconds")
        return None

    def r_V1HostPathVolumeSource(self, key, value, parent, where):
        if key == "path":
            ok = isinstance(value, str) and value != "" and ".." not in value.split("/")
            return typed("[HostPathVolume(path)]") if ok else invalid("a path without '..'")
        if key == "type":
            ok = isinstance(value, str) and value in HOST_PATH_TYPES
            return typed("[HostPathVolume] Type") if ok else invalid("not a host path type")
        return None

    # -- a StatefulSet's claim templates ---------------------------------------------------------------------------

    def r_V1PersistentVolumeClaim(self, key, value, parent, where):
        name = name_of(parent.get("metadata"))
        if name not in self.mounted:
            # [VolumeClaimTemplate] must be mounted (CNS024); an unmounted one comes from a patch.
            return patched("a claim template no container mounts, which [VolumeClaimTemplate] rejects (CNS024)",
                           "unmounted claim templates")
        if key in ("apiVersion", "kind"):
            # Type information of the embedded claim: only v1 PersistentVolumeClaim is possible there, and the
            # controller creates the claims as such whether it is written or not.
            expected = {"apiVersion": "v1", "kind": "PersistentVolumeClaim"}[key]
            return typed("implied: a claim template is a v1 PersistentVolumeClaim") if value == expected else invalid(
                "a claim template is a v1 PersistentVolumeClaim")
        if key in ("metadata", "spec"):
            return DESCEND
        if key == "status":
            return ignored("status is written by the controllers, not by a manifest")
        return None

    def r_V1PersistentVolumeClaimSpec(self, key, value, parent, where):
        if key == "accessModes":
            modes = list_of(value)
            if len(modes) == 1 and isinstance(modes[0], str) and modes[0] in ACCESS_MODES:
                return typed("[VolumeClaimTemplate] AccessMode")
            return patched("several access modes: AccessMode takes one", "claim templates with several access modes")
        if key == "storageClassName":
            return typed("[VolumeClaimTemplate] StorageClass") if dns_subdomain(value) else patched(
                "an empty storage class (no class), which StorageClass cannot write", "claim template without class")
        if key == "resources":
            return DESCEND
        return None

    def r_V1VolumeResourceRequirements(self, key, value, parent, where):
        if key == "requests":
            return lambda name, amount: (
                (typed("[VolumeClaimTemplate(storage)]") if quantity(amount, positive=True) else invalid(
                    "a positive quantity")) if name == "storage" else patched(
                    f"a request for {name}", "claim template requests other than storage"))
        return None


# ---------------------------------------------------------------------------------------------------------------

def name_of(value):
    """The `name` of a mapping when it is a string (a name of another type is reported where it is)."""
    name = value.get("name") if isinstance(value, dict) else None
    return name if isinstance(name, str) else None


def dict_of(value):
    return value if isinstance(value, dict) else {}


def list_of(value):
    return value if isinstance(value, list) else []


def kind_of(value):
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


def user_id(value):
    return is_int(value) and 0 <= value <= 2147483647


def int_or_percent(value):
    return (is_int(value) and value >= 0) or (isinstance(value, str) and re.fullmatch(r"[0-9]+%?", value) is not None)


def common_path(paths):
    """The longest field path that all `paths` start with, or them all when they share none."""
    split = [p.split(".") for p in paths]
    shared = []
    for segments in zip(*split):
        if len(set(segments)) > 1:
            break
        shared.append(segments[0])
    return ".".join(shared) if shared else ", ".join(paths)


def selector_keys(selector):
    selector = selector if isinstance(selector, dict) else {}
    keys = set(dict_of(selector.get("matchLabels")))
    keys |= {e.get("key") for e in list_of(selector.get("matchExpressions")) if isinstance(e, dict)}
    return {str(k) for k in keys}


def scalar_problem(value, shape):
    """Why the API server rejects `value` for a field of `shape`, or None. Its JSON decoder is strict about types."""
    checks = {
        "string": isinstance(value, str),
        "integer": is_int(value),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "intorstring": isinstance(value, (int, str)) and not isinstance(value, bool),
        "quantity": isinstance(value, (int, float, str)) and not isinstance(value, bool),
        "any": True,
    }
    if not isinstance(shape, str):
        return f"must be {'a list' if 'list' in shape else 'a mapping'}, not {kind_of(value)}"
    if checks.get(shape, True):
        return None
    return f"must be {'an integer' if shape == 'integer' else 'a ' + shape}, not {kind_of(value)} (YAML reads it so)"


def env_source_problem(value_from):
    """Why an env entry's valueFrom has no attribute, as (reason, gap), or None."""
    if not isinstance(value_from, dict) or not value_from:
        return None
    sources = [k for k, v in value_from.items() if v is not None]
    if len(sources) != 1:
        return None  # the API server rejects it; the fields below say so
    source, ref = sources[0], dict_of(value_from[sources[0]])
    if source == "fieldRef":
        path = ref.get("fieldPath") if isinstance(ref.get("fieldPath"), str) else ""
        subscripted = re.fullmatch(r"metadata\.(labels|annotations)\['(.+)'\]", path)
        if path in ENV_FIELD_PATHS or (subscripted and label_key(subscripted.group(2), subscripted.group(1) == "annotations")):
            return None
        return (f"fieldRef to {path}, which [EnvFromField] does not take", "env fieldRef paths beyond [EnvFromField]")
    if source in ("secretKeyRef", "configMapKeyRef"):
        return None
    return (f"env from {source}: no attribute", f"env valueFrom {source}")


# ---------------------------------------------------------------------------------------------------------------

def legacy_reason(kind, api_version):
    """Why Consort cannot write this workload-like object as it is, and the Consort kind to measure it against."""
    if kind in OTHER_WORKLOADS:
        target = OTHER_WORKLOADS[kind]
        return (f"no {kind} kind in Consort, and a patch cannot change kind", target)
    if kind in CONSORT_KINDS and api_version != CONSORT_KINDS[kind][0]:
        since = NO_LONGER_SERVED.get(api_version)
        served = f"no longer served since Kubernetes {since}" if since else "not served by current Kubernetes"
        return (f"{api_version} is {served}; Consort writes {CONSORT_KINDS[kind][0]}, and a patch cannot change "
                "apiVersion", kind)
    return None, None


def collect(paths):
    workloads, others, files, skipped = [], [], [], collections.Counter()
    for full, shown in manifest_files(paths):
        documents, features, problem = read_documents(full)
        files.append((shown, len(documents), problem, sorted(features)))
        for document in documents:
            for obj in objects_of(document):
                kind, api_version = obj.get("kind"), obj.get("apiVersion")
                if not isinstance(kind, str) or not isinstance(api_version, str):
                    skipped["without kind or apiVersion"] += 1
                    continue
                if kind in CONSORT_KINDS and api_version == CONSORT_KINDS[kind][0]:
                    workloads.append(Workload(shown, obj).classify())
                    for feature in features:
                        workloads[-1].note(feature)
                    continue
                reason, target = legacy_reason(kind, api_version)
                if reason:
                    others.append(Workload(shown, obj, legacy=reason, as_kind=target).classify())
                    for feature in features:
                        others[-1].note(feature)
                else:
                    skipped[kind] += 1
    return workloads, others, files, skipped


# ---------------------------------------------------------------------------------------------------------------
# Output: the same tables as Markdown (--markdown) or as aligned text.

class Output:
    def __init__(self, markdown):
        self.markdown, self.lines = markdown, []

    def heading(self, text):
        self.lines += ["", f"## {text}" if self.markdown else f"{text}\n{'=' * len(text)}", ""]

    def para(self, text):
        self.lines += [text, ""]

    def table(self, headers, rows):
        rows = [[str(c) for c in row] for row in rows]
        if not rows:
            self.lines += ["(none)", ""]
            return
        if self.markdown:
            self.lines.append("| " + " | ".join(headers) + " |")
            self.lines.append("|" + "|".join("---:" if is_number_column(rows, i) else "---" for i in range(len(headers))) + "|")
            for row in rows:
                self.lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
        else:
            widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(len(headers))]
            widths[-1] = 0  # the last column runs free
            self.lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
            self.lines.append("  ".join("-" * max(w, len(h)) for h, w in zip(headers, widths)))
            for row in rows:
                self.lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        self.lines.append("")

    def text(self):
        return "\n".join(self.lines).strip() + "\n"


def is_number_column(rows, i):
    return all(re.fullmatch(r"([0-9.]+ ?%?( \([0-9.]+ ?%\))?)?", r[i]) for r in rows)


def code(text, markdown):
    return f"`{text}`" if markdown else text


def percent(part, whole):
    return f"{100.0 * part / whole:.1f} %" if whole else "-"


def report(workloads, others, files, skipped, markdown, problems_only):
    out = Output(markdown)
    c = lambda t: code(t, markdown)  # noqa: E731
    verdicts = collections.Counter(w.verdict for w in workloads)
    total = len(workloads)
    valid = total - verdicts[INVALID]  # an object the API server rejects is nothing to carry, so not counted
    typed_only, needs_patch = verdicts["typed-only"], verdicts["needs patch"]
    expressible = typed_only + needs_patch

    out.heading("Totals")
    out.table(["workloads of the six Consort kinds", "workloads", "share"], [
        ["all, in their current API versions", total, ""],
        ["invalid: the API server rejects them, or no current cluster runs them (not counted below)", verdicts[INVALID], ""],
        ["valid", valid, percent(valid, valid)],
        ["typed-only (no [Patch])", typed_only, percent(typed_only, valid)],
        ["needs a [Patch]", needs_patch, percent(needs_patch, valid)],
        ["impossible", verdicts[IMPOSSIBLE], percent(verdicts[IMPOSSIBLE], valid)],
        ["expressible (typed or patched)", expressible, percent(expressible, valid)],
    ])
    every = total + len(others)
    out.table(["all workload-like objects", "workloads", "share"], [
        ["all, with other kinds and old API versions", every, percent(every, every)],
        ["other kinds or old API versions: impossible as written", len(others), percent(len(others), every)],
        ["invalid", verdicts[INVALID], percent(verdicts[INVALID], every)],
        ["expressible (typed or patched)", expressible, percent(expressible, every)],
        ["typed-only (no [Patch])", typed_only, percent(typed_only, every)],
    ])
    by_kind = collections.defaultdict(collections.Counter)
    for w in workloads:
        by_kind[w.as_kind][w.verdict] += 1
    out.table(["kind", "workloads", "typed-only", "needs patch", "impossible", "invalid"], [
        [k, sum(by_kind[k].values()), by_kind[k]["typed-only"], by_kind[k]["needs patch"], by_kind[k][IMPOSSIBLE],
         by_kind[k][INVALID]] for k in CONSORT_KINDS if k in by_kind])

    out.heading("What would close the gap")
    out.para("Each row is a missing attribute (or value an attribute does not take), with the workloads that need a "
             "patch for it and how many would be typed-only if it and every row above it existed. Most-used first.")
    out.table(["missing", "workloads that need it", "typed-only with it and the rows above"],
              gap_rows(workloads, valid, c))

    out.heading("Fields that some workload needs a patch for or cannot carry" if problems_only else "Fields")
    out.para("For each field path: the workloads that use it, and how many of them it is typed, patched, impossible, "
             "invalid or ignored in; 'why' gives, for each class but typed, the reason given most often.")
    out.table(["field", "workloads", TYPED, PATCHED, IMPOSSIBLE, INVALID, IGNORED, "why"],
              field_rows(workloads, problems_only, c))

    out.heading("Workloads that are not typed-only" if problems_only else "Workloads")
    rows = []
    for w in sorted(workloads, key=lambda w: (w.source, w.as_kind, w.name)):
        if problems_only and w.verdict == "typed-only":
            continue
        fields = []
        for cls in (INVALID, IMPOSSIBLE, PATCHED):
            fields += [f"{c(path)} ({why})" for path, why in w.problems(cls)]
        rows.append([c(w.source), w.kind, w.name, w.verdict, "; ".join(fields) or "-"])
    out.table(["file", "kind", "name", "verdict", "fields that are not typed"], rows)

    out.heading("Other workload-like objects")
    out.para("Consort cannot write these as they are. The last column measures their fields as the Consort kind that "
             "replaces them (a Deployment for a ReplicationController or ReplicaSet, the same kind in its current API "
             "version otherwise).")
    rows = []
    for w in sorted(others, key=lambda w: (w.source, w.kind, w.name)):
        fields = [f"{c(p)} ({why})" for cls in (INVALID, IMPOSSIBLE, PATCHED)
                  for p, why in w.problems(cls, skip=("apiVersion", "kind"))]
        rows.append([c(w.source), f"{w.api_version} {w.kind}", w.name, w.legacy,
                     f"as {w.as_kind}: {w.as_kind_verdict()}" + (": " + "; ".join(fields) if fields else "")])
    out.table(["file", "object", "name", "why not", "as the nearest Consort kind"], rows)
    as_kind = collections.Counter(w.as_kind_verdict() for w in others)
    out.para("As the nearest Consort kind: " + (", ".join(f"{n} {v}" for v, n in sorted(as_kind.items())) or "none")
             + ".")

    out.heading("Notes")
    notes = collections.Counter(n for w in workloads + others for n in w.notes)
    out.table(["note", "workload-like objects"], sorted(([n, k] for n, k in notes.items()), key=lambda r: (-r[1], r[0])))
    unreadable = [[f, p] for f, _, p, _ in files if p]
    out.para(f"{len(files)} files read; objects that are not workloads: "
             + (", ".join(f"{k} {n}" for k, n in sorted(skipped.items())) or "none") + ".")
    if unreadable:
        out.table(["file that failed to parse", "problem"], [[c(f), p] for f, p in unreadable])
    else:
        out.para("Every file parsed.")
    return out.text()


def gap_rows(workloads, valid, c):
    needing = [set(w.gaps()) for w in workloads if w.verdict == "needs patch"]
    counts = collections.Counter(g for gaps in needing for g in gaps)
    typed_only = sum(1 for w in workloads if w.verdict == "typed-only")
    have, rows = set(), []
    for gap, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        have.add(gap)
        now = typed_only + sum(1 for gaps in needing if gaps <= have)
        # A gap that starts with '=' is a field path with no attribute; the others describe a missing attribute.
        rows.append([f"no attribute for {c(gap[1:])}" if gap.startswith("=") else gap, count,
                     f"{now} ({percent(now, valid)})"])
    return rows


def field_rows(workloads, problems_only, c):
    usage = collections.defaultdict(lambda: collections.defaultdict(set))
    reasons = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for w in workloads:
        for leaf in w.leaves:
            usage[leaf.path][leaf.cls].add(id(w))
            reasons[leaf.path][leaf.cls][leaf.reason] += 1
    rows = []
    for path, classes in usage.items():
        users = set().union(*classes.values())
        counts = [len(classes.get(cls, ())) for cls in CLASSES]
        if problems_only and not (counts[1] or counts[2]):
            continue
        why = "; ".join(f"{cls}: {reasons[path][cls].most_common(1)[0][0]}"
                        for cls in (PATCHED, IMPOSSIBLE, INVALID, IGNORED) if classes.get(cls))
        rows.append([c(path), len(users), *counts, why])
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1], usage="%(prog)s [--markdown] [--problems-only] PATH...")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a folder of manifests, or a manifest file")
    parser.add_argument("--markdown", action="store_true", help="write Markdown tables")
    parser.add_argument("--problems-only", action="store_true",
                        help="list only workloads that are not typed-only and fields that some workload needs a patch for or cannot carry")
    args = parser.parse_args()
    for path in args.paths:
        if not os.path.exists(path):
            parser.error(f"no such file or folder: {path}")
    workloads, others, files, skipped = collect(args.paths)
    sys.stdout.write(report(workloads, others, files, skipped, args.markdown, args.problems_only))


if __name__ == "__main__":
    main()
