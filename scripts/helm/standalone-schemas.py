"""Turns the Kubernetes JSON schemas that the kubernetes-validate package ships (one file per kind,
referring into a shared `/api/_definitions.json`) into self-contained files, one per kind, in the
layout kubeconform reads (`<kind>-<group>-<version>.json`): each file carries the definitions it
reaches, so kubeconform needs no network and no custom resolver.

    python3 standalone-schemas.py <kubernetes-validate schema dir for one version> <output dir>
"""
import json
import os
import sys

PREFIXES = ("/api/_definitions.json#/$defs/", "#/$defs/")
LOCAL = "#/$defs/"


def target_of(value):
    """The definition a `$ref` names, whether it points into the shared file or within it."""
    for prefix in PREFIXES:
        if isinstance(value, str) and value.startswith(prefix):
            return value[len(prefix):]
    return None


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and target_of(value) is not None:
                yield target_of(value)
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def rewrite(node):
    if isinstance(node, dict):
        return {key: (LOCAL + target_of(value) if key == "$ref" and target_of(value) is not None else rewrite(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [rewrite(item) for item in node]
    return node


def main(source, target):
    with open(os.path.join(source, "_definitions.json")) as handle:
        definitions = json.load(handle)["$defs"]
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if not name.endswith(".json") or name.startswith("_") or name == "all.json":
            continue
        with open(os.path.join(source, name)) as handle:
            schema = json.load(handle)
        reached, pending = set(), list(refs(schema))
        while pending:
            ref = pending.pop()
            if ref in reached or ref not in definitions:
                continue
            reached.add(ref)
            pending.extend(refs(definitions[ref]))
        schema = rewrite(schema)
        schema.pop("$id", None)
        schema["$defs"] = {ref: rewrite(definitions[ref]) for ref in sorted(reached)}
        with open(os.path.join(target, name), "w") as handle:
            json.dump(schema, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
