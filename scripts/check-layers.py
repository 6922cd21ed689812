#!/usr/bin/env python3
"""Every `import` in a target names one of its declared dependencies.

The compiler already refuses a cycle (validation importing the solver), but
SwiftPM can let an undeclared import of a module that happens to be built
compile anyway; this check makes the layers of Package.swift a hard rule.
Run from the package root; exits 1 naming each stray import."""
import json
import pathlib
import re
import subprocess
import sys

SYSTEM = {"Foundation", "FoundationEssentials", "FoundationXML", "Dispatch", "Glibc", "Musl", "Darwin",
          "Testing", "XCTest", "Synchronization", "PackageDescription"}
PRODUCT_MODULES = {"ArgumentParser": "ArgumentParser", "Yams": "Yams"}

package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True,
                                    capture_output=True, text=True).stdout)
problems = []
for target in package["targets"]:
    if target["type"] == "system":
        continue
    allowed = {target["name"]}
    for dependency in target["dependencies"]:
        (kind, value), = dependency.items()
        allowed.add(PRODUCT_MODULES.get(value[0], value[0]))
    folder = pathlib.Path(target.get("path") or
                          ("Tests" if target["type"] == "test" else "Sources")) / (
                          "" if target.get("path") else target["name"])
    for source in sorted(folder.rglob("*.swift")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            match = re.match(r"\s*(?:@\w+\s+)*(?:(?:public|package|internal|private|fileprivate)\s+)?import\s+(?:\w+\s+)?([A-Za-z_]\w*)", line)
            if match and match.group(1) not in allowed | SYSTEM:
                problems.append(f"{source}:{number}: {target['name']} imports {match.group(1)}, "
                                f"which Package.swift does not list among its dependencies")
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
