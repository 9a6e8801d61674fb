#!/usr/bin/env python3
"""Declares new public API: builds the library projects, and for every RS0016 ('Symbol ... is not part of the declared
public API') adds the symbol to that project's PublicAPI.Unshipped.txt (sorted, de-duplicated); RS0017 (a declared
symbol that no longer exists) removes it. Repeats until the build reports neither. Review the diff before committing.

  python3 scripts/update-public-api.py [PROJECT.csproj ...]   (default: every library project under src/)
"""
import glob, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
projects = sys.argv[1:] or [p for p in sorted(glob.glob(os.path.join(root, 'src', '*', '*.csproj')))
                            if os.path.exists(os.path.join(os.path.dirname(p), 'PublicAPI.Unshipped.txt'))]
missing = re.compile(r"error RS0016: Symbol '(.*)' is not part of the declared public API.*\[(.*\.csproj)\]")
removed = re.compile(r"error RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*\[(.*\.csproj)\]")

for round_ in range(6):
    changes = 0
    for project in projects:
        out = subprocess.run(['dotnet', 'build', project, '-c', 'Release', '-nologo', '-v', 'q'], capture_output=True, text=True).stdout
        add, drop = {}, {}
        for m in missing.finditer(out):
            add.setdefault(m.group(2), set()).add(m.group(1))
        for m in removed.finditer(out):
            drop.setdefault(m.group(2), set()).add(m.group(1))
        for proj in set(add) | set(drop):
            path = os.path.join(os.path.dirname(proj), 'PublicAPI.Unshipped.txt')
            lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')] if os.path.exists(path) else ['#nullable enable']
            body = (set(lines[1:]) | add.get(proj, set())) - drop.get(proj, set())
            body.discard('')
            open(path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(l + '\n' for l in sorted(body, key=str.lower)))
            changes += len(add.get(proj, ())) + len(drop.get(proj, ()))
            print(f'{os.path.relpath(path, root)}: +{len(add.get(proj, ()))} -{len(drop.get(proj, ()))}')
    if changes == 0:
        print('public API files are up to date')
        break
