#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Counts the floating-point operations the simulation kernel executes (docs/PERFORMANCE.md):
# reads a callgrind --dump-instr=yes profile, takes the execution count of every instruction
# of the functions whose name matches the pattern (calls into libm are not counted), and
# counts each add, sub, mul, div and sqrt as one flop per lane (a 4-wide vaddpd counts 4, a
# fused multiply-add 2 per lane). Compare, min/max, moves and conversions are not flops.
# Usage: count_flops.py callgrind.out binary 'pattern' [policy-years]
import re, subprocess, sys
from collections import defaultdict
prof, binary, pattern = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
names = {}
counts = defaultdict(lambda: defaultdict(int))
fn = None; addr = 0; skip_next = False
for line in open(prof):
    line = line.rstrip('\n')
    m = re.match(r'^fn=\((\d+)\)(?: (.*))?$', line)
    if m:
        if m.group(2): names[m.group(1)] = m.group(2)
        fn = names.get(m.group(1), ''); continue
    if line.startswith('calls='): skip_next = True; continue
    m = re.match(r'^(0x[0-9a-f]+|[+-]\d+|\*)\s+\S+\s+(\d+)', line)
    if m:
        a = m.group(1)
        if a.startswith('0x'): addr = int(a, 16)
        elif a != '*': addr += int(a)
        if skip_next: skip_next = False; continue
        if fn and pattern.search(fn): counts[fn][addr] += int(m.group(2))
        continue
    m = re.match(r'^cfn=\((\d+)\) (.*)$', line)
    if m: names[m.group(1)] = m.group(2)
    if re.match(r'^(cfn|cfi|cob|ob|fl|fi|fe)=', line): continue
# Disassembly: mnemonic per address.
dis = subprocess.run(['objdump', '-d', '--no-show-raw-insn', binary], capture_output=True, text=True).stdout
mn = {}
for l in dis.splitlines():
    m = re.match(r'^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$', l)
    if m: mn[int(m.group(1), 16)] = (m.group(2), m.group(3))
arith = re.compile(r'^v?(add|sub|mul|div|sqrt)(sd|pd|ss|ps)$|^vfn?m(add|sub)\d+(sd|pd)$')
total_flops = 0; total_ir = 0
for f, per in counts.items():
    fl = 0; ir = 0
    for a, c in per.items():
        ir += c
        op, args = mn.get(a, ('?', ''))
        m = arith.match(op)
        if not m: continue
        width = 1
        if op.endswith('pd'): width = 4 if '%ymm' in args else 8 if '%zmm' in args else 2
        if 'fm' in op: width *= 2
        fl += c * width
    print(f"{f[:90]}: {ir} instructions, {fl} flops")
    total_flops += fl; total_ir += ir
print("total", total_ir, "instructions", total_flops, "flops")
if len(sys.argv) > 4:
    n = float(sys.argv[4])
    print("per policy-year: %.0f instructions, %.0f flops" % (total_ir / n, total_flops / n))
