#!/usr/bin/env python3
"""Prints the process-test coverage per model (flow nodes and sequence flows covered by any test),
merged over every test class's report under target/process-test-coverage."""
import glob, json, sys

covered, totals = {}, {}
for path in glob.glob(sys.argv[1] if len(sys.argv) > 1 else 'target/process-test-coverage/*/report.json'):
    report = json.load(open(path, encoding='utf-8'))
    for model in report.get('models', []):
        totals[model['key']] = model['totalElementCount']
    for suite in report.get('suites', []):
        for run in suite.get('runs', []):
            for event in run.get('events', []):
                covered.setdefault(event['modelKey'], set()).add(event['definitionKey'])
if not totals:
    print('process coverage: no report found')
for key in sorted(totals):
    n = len(covered.get(key, ()))
    print(f'process coverage {key}: {n}/{totals[key]} elements = {100.0 * n / totals[key]:.1f} %')
