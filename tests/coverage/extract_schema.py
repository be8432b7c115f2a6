#!/usr/bin/env python3
"""extract_schema.py KubernetesClient.dll > k8s-schema.json

Writes the part of the Kubernetes API that coverage.py needs: the JSON fields of every KubernetesClient model that a
workload object reaches, with their shapes, and the model of each workload kind.

Why from the DLL: a [Patch] is checked against the KubernetesClient models the project references (their
[JsonPropertyName] properties, see src/Generator/Patches/KubernetesSchema.cs), so "a patch may set this field" means
exactly "the model has this property". Reading the same assembly keeps coverage.py honest about that, without a .NET
tool: this is a minimal reader of the ECMA-335 metadata tables it needs (TypeRef, TypeDef, MethodDef, MemberRef,
CustomAttribute, PropertyMap, Property). Run it again when Directory.Packages.props moves KubernetesClient, e.g.

    unzip -o ~/.nuget/packages/kubernetesclient/<v>/kubernetesclient.<v>.nupkg lib/net10.0/KubernetesClient.dll -d /tmp/kc
    python3 tests/coverage/extract_schema.py /tmp/kc/lib/net10.0/KubernetesClient.dll > tests/coverage/k8s-schema.json
"""
import json
import struct
import sys

# The objects coverage.py classifies; the schema holds every model reachable from them.
ROOTS = ["V1Pod", "V1Deployment", "V1StatefulSet", "V1DaemonSet", "V1Job", "V1CronJob",
         "V1ReplicaSet", "V1ReplicationController"]

# ECMA-335 II.22: the column layout of every table up to Property, the last one this reader needs (a table's
# offset depends on the sizes of all tables before it). Column kinds: 2/4 fixed bytes, 's' string heap, 'g' GUID
# heap, 'b' blob heap, ('t', table) a simple index, ('c', name) a coded index.
CODED = {
    "TypeDefOrRef": (2, [0x02, 0x01, 0x1B]),
    "HasConstant": (2, [0x04, 0x08, 0x17]),
    "HasCustomAttribute": (5, [0x06, 0x04, 0x01, 0x02, 0x08, 0x09, 0x0A, 0x00, 0x0E, 0x17, 0x14, 0x11, 0x1A,
                               0x1B, 0x20, 0x23, 0x26, 0x27, 0x28, 0x2A, 0x2C, 0x2B]),
    "HasFieldMarshal": (1, [0x04, 0x08]),
    "HasDeclSecurity": (2, [0x02, 0x06, 0x20]),
    "MemberRefParent": (3, [0x02, 0x01, 0x1A, 0x06, 0x1B]),
    "CustomAttributeType": (3, [None, None, 0x06, 0x0A, None]),  # tags 0, 1 and 4 are unused
    "ResolutionScope": (2, [0x00, 0x1A, 0x23, 0x01]),
}
TABLES = {
    0x00: [2, "s", "g", "g", "g"],
    0x01: [("c", "ResolutionScope"), "s", "s"],
    0x02: [4, "s", "s", ("c", "TypeDefOrRef"), ("t", 0x04), ("t", 0x06)],
    0x03: [("t", 0x04)],
    0x04: [2, "s", "b"],
    0x05: [("t", 0x06)],
    0x06: [4, 2, 2, "s", "b", ("t", 0x08)],
    0x07: [("t", 0x08)],
    0x08: [2, 2, "s"],
    0x09: [("t", 0x02), ("c", "TypeDefOrRef")],
    0x0A: [("c", "MemberRefParent"), "s", "b"],
    0x0B: [2, ("c", "HasConstant"), "b"],
    0x0C: [("c", "HasCustomAttribute"), ("c", "CustomAttributeType"), "b"],
    0x0D: [("c", "HasFieldMarshal"), "b"],
    0x0E: [2, ("c", "HasDeclSecurity"), "b"],
    0x0F: [2, 4, ("t", 0x02)],
    0x10: [4, ("t", 0x04)],
    0x11: ["b"],
    0x12: [("t", 0x02), ("t", 0x14)],
    0x13: [("t", 0x14)],
    0x14: [2, "s", ("c", "TypeDefOrRef")],
    0x15: [("t", 0x02), ("t", 0x17)],
    0x16: [("t", 0x17)],
    0x17: [2, "s", "b"],
}


class Metadata:
    def __init__(self, data):
        self.data = data
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        sections, optional_size = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
        optional = pe + 24
        directories = optional + (96 if struct.unpack_from("<H", data, optional)[0] == 0x10B else 112)
        self.sections = [struct.unpack_from("<IIII", data, optional + optional_size + 40 * i + 8) for i in range(sections)]
        cli = self.offset(struct.unpack_from("<I", data, directories + 14 * 8)[0])
        root = self.offset(struct.unpack_from("<I", data, cli + 8)[0])
        version_length = struct.unpack_from("<I", data, root + 12)[0]
        count = struct.unpack_from("<H", data, root + 16 + version_length + 2)[0]
        position = root + 16 + version_length + 4
        streams = {}
        for _ in range(count):
            offset = struct.unpack_from("<I", data, position)[0]
            end = data.index(b"\0", position + 8)
            streams[data[position + 8:end].decode()] = root + offset
            position += 8 + ((end - (position + 8)) // 4 + 1) * 4  # the name, NUL-terminated, padded to 4 bytes
        self.strings, self.blobs = streams["#Strings"], streams["#Blob"]
        tables = streams.get("#~", streams.get("#-"))
        heaps = data[tables + 6]
        self.string_size, self.guid_size, self.blob_size = (4 if heaps & 1 else 2), (4 if heaps & 2 else 2), (4 if heaps & 4 else 2)
        valid = struct.unpack_from("<Q", data, tables + 8)[0]
        position = tables + 24
        self.rows = {}
        for table in range(64):
            if valid >> table & 1:
                self.rows[table] = struct.unpack_from("<I", data, position)[0]
                position += 4
        if heaps & 0x40:
            position += 4
        self.start = {}
        for table in sorted(t for t in self.rows if t <= 0x17):
            self.start[table] = position
            position += self.rows[table] * self.row_size(table)

    def offset(self, rva):
        for size, address, raw_size, raw in self.sections:
            if address <= rva < address + max(size, raw_size):
                return rva - address + raw
        raise ValueError(f"RVA {rva:#x} is in no section")

    def coded_size(self, name):
        bits, tables = CODED[name]
        return 2 if max(self.rows.get(t, 0) for t in tables if t is not None) < 1 << (16 - bits) else 4

    def column_size(self, column):
        if column in (2, 4):
            return column
        if column == "s":
            return self.string_size
        if column == "g":
            return self.guid_size
        if column == "b":
            return self.blob_size
        kind, target = column
        if kind == "t":
            return 2 if self.rows.get(target, 0) < 1 << 16 else 4
        return self.coded_size(target)

    def row_size(self, table):
        return sum(self.column_size(c) for c in TABLES[table])

    def row(self, table, index):
        """The columns of row `index` (1-based) of `table`: numbers, heap offsets and indexes as stored."""
        position = self.start[table] + (index - 1) * self.row_size(table)
        values = []
        for column in TABLES[table]:
            size = self.column_size(column)
            values.append(struct.unpack_from("<I" if size == 4 else "<H", self.data, position)[0])
            position += size
        return values

    def string(self, offset):
        end = self.data.index(b"\0", self.strings + offset)
        return self.data[self.strings + offset:end].decode()

    def blob(self, offset):
        position = self.blobs + offset
        length, read = compressed(self.data, position)
        return self.data[position + read:position + read + length]

    def decode(self, name, value):
        bits, tables = CODED[name]
        return tables[value & ((1 << bits) - 1)], value >> bits


def compressed(data, position):
    first = data[position]
    if first & 0x80 == 0:
        return first, 1
    if first & 0xC0 == 0x80:
        return (first & 0x3F) << 8 | data[position + 1], 2
    return (first & 0x1F) << 24 | data[position + 1] << 16 | data[position + 2] << 8 | data[position + 3], 4


def ser_string(blob, position):
    if blob[position] == 0xFF:
        return None, position + 1
    length, read = compressed(blob, position)
    start = position + read
    return blob[start:start + length].decode(), start + length


def main(path):
    with open(path, "rb") as assembly:
        md = Metadata(assembly.read())

    def type_name(table, index):
        if table == 0x02:
            _, name, namespace, *_ = md.row(0x02, index)
        else:
            _, name, namespace = md.row(0x01, index)
        return md.string(namespace), md.string(name)

    # The type that declares each method, for attributes whose constructor is defined in this assembly.
    typedefs = md.rows[0x02]
    method_owner = {}
    for index in range(1, typedefs + 1):
        first = md.row(0x02, index)[5]
        last = md.row(0x02, index + 1)[5] if index < typedefs else md.rows[0x06] + 1
        for method in range(first, last):
            method_owner[method] = index

    def attribute_type(coded):
        table, index = md.decode("CustomAttributeType", coded)
        if table == 0x06:
            return type_name(0x02, method_owner[index])[1]
        parent_table, parent = md.decode("MemberRefParent", md.row(0x0A, index)[0])
        return type_name(parent_table, parent)[1] if parent_table in (0x01, 0x02) else None

    json_names, entities = {}, {}
    for index in range(1, md.rows[0x0C] + 1):
        parent, constructor, value = md.row(0x0C, index)
        parent_table, parent_index = md.decode("HasCustomAttribute", parent)
        name = attribute_type(constructor)
        blob = md.blob(value)
        if name == "JsonPropertyNameAttribute" and parent_table == 0x17:
            json_names[parent_index] = ser_string(blob, 2)[0]
        elif name == "KubernetesEntityAttribute" and parent_table == 0x02:
            named, position = {}, 4  # prolog, no fixed arguments, the count of named ones
            for _ in range(struct.unpack_from("<H", blob, 2)[0]):
                if blob[position + 1] != 0x0E:
                    break  # only string properties are read (Kind, ApiVersion, Group, PluralName)
                key, position = ser_string(blob, position + 2)
                named[key], position = ser_string(blob, position)
            entities[parent_index] = named

    def shape(signature, position):
        """The shape of the type at `position` of a signature, as KubernetesSchema.ShapeOf reads it; and the next position."""
        element = signature[position]
        position += 1
        simple = {0x02: "boolean", 0x08: "integer", 0x0A: "integer", 0x0C: "number", 0x0D: "number", 0x0E: "string"}
        if element in simple:
            return simple[element], position
        if element in (0x11, 0x12):
            coded, read = compressed(signature, position)
            namespace, name = type_name(*md.decode("TypeDefOrRef", coded))
            position += read
            if namespace == "System" and name in ("DateTime", "DateTimeOffset"):
                return "string", position
            if namespace == "k8s.Models":
                return {"IntOrString": "intorstring", "ResourceQuantity": "quantity"}.get(name, {"object": name}), position
            return "any", position
        if element == 0x1D:
            inner, position = shape(signature, position)
            return ("string" if signature[position - 1] == 0x05 else {"list": inner}), position
        if element == 0x15:
            coded, read = compressed(signature, position + 1)
            namespace, name = type_name(*md.decode("TypeDefOrRef", coded))
            position += 1 + read
            count, read = compressed(signature, position)
            position += read
            arguments = []
            for _ in range(count):
                argument, position = shape(signature, position)
                arguments.append(argument)
            if name == "Nullable`1":
                return arguments[0], position
            if namespace == "System.Collections.Generic" and count == 2 and name.split("`")[0] in ("IDictionary", "Dictionary", "IReadOnlyDictionary"):
                return {"map": arguments[1]}, position
            if namespace == "System.Collections.Generic" and count == 1 and name.split("`")[0] in ("IList", "List", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection"):
                return {"list": arguments[0]}, position
            return "any", position
        return "any", position

    # Every model's properties, by JSON name, in declaration order.
    models, by_name = {}, {}
    property_maps = md.rows.get(0x15, 0)
    for index in range(1, property_maps + 1):
        parent, first = md.row(0x15, index)
        last = md.row(0x15, index + 1)[1] if index < property_maps else md.rows[0x17] + 1
        namespace, name = type_name(0x02, parent)
        if namespace != "k8s.Models":
            continue
        fields = {}
        for prop in range(first, last):
            if prop in json_names:
                signature = md.blob(md.row(0x17, prop)[2])
                position = 1 + compressed(signature, 1)[1]
                fields[json_names[prop]] = shape(signature, position)[0]
        models[name] = fields
        by_name[name] = parent

    reachable, pending = {}, list(ROOTS)
    while pending:
        name = pending.pop()
        if name in reachable or name not in models:
            continue
        reachable[name] = models[name]

        def visit(s):
            if isinstance(s, dict):
                if "object" in s:
                    pending.append(s["object"])
                for inner in ("list", "map"):
                    if inner in s:
                        visit(s[inner])
        for field_shape in models[name].values():
            visit(field_shape)

    kinds = {}
    for name in ROOTS:
        entity = entities.get(by_name.get(name), {})
        group, version = entity.get("Group") or "", entity.get("ApiVersion") or ""
        kinds[name] = {"apiVersion": f"{group}/{version}" if group else version, "kind": entity.get("Kind")}
    # One model a line, so that a KubernetesClient update shows as a readable diff.
    out = sys.stdout
    out.write('{"source": "KubernetesClient models, written by tests/coverage/extract_schema.py",\n')
    out.write(' "kinds": ' + json.dumps(kinds) + ',\n "models": {\n')
    out.write(",\n".join(f"  {json.dumps(name)}: {json.dumps(fields)}" for name, fields in sorted(reachable.items())))
    out.write("\n }\n}\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
