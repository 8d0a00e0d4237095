"""What dig.py and nslookup.py share: the lab, a link to rlookup named as
the tool, and the comparison of each random case with BIND's tool."""
import difflib, os, re, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.environ.get('RLOOKUP_LAB', os.path.join(HERE, '../../../../shared/lab'))
BIN = os.environ.get('RLOOKUP_BIN', os.path.join(HERE, '../../../target/release/rlookup'))


def run(cmd, stdin):
    p = subprocess.run([LAB + '/in-lab'] + cmd, input=stdin.encode() if stdin else None, capture_output=True, timeout=90)
    return p.stdout, p.stderr, p.returncode


def norm(b):
    """The lab's normalize, and what it leaves of YAML's times and ids."""
    o = subprocess.run([LAB + '/normalize'], input=b, capture_output=True).stdout
    o = re.sub(rb'!!timestamp [0-9TZ:.-]+', b'!!timestamp T', o)
    o = re.sub(rb'(\n +id: )[0-9]+', rb'\1ID', o)
    return re.sub(rb'(COOKIE: )[0-9a-f]+', rb'\1C', o)


def lines(out, err):
    return out.decode('utf-8', 'replace').splitlines() + ['--stderr--'] + err.decode('utf-8', 'replace').splitlines()


def compare(tool, n, case, flush):
    """Runs `n` cases (`case()` gives words and stdin or None) with BIND's
    `tool` and rlookup, the resolver caches flushed before each client
    when `flush(words)`; prints each difference and the count."""
    link = os.path.join(tempfile.mkdtemp(prefix='rlookup-random-'), tool)
    os.symlink(os.path.abspath(BIN), link)
    bad = 0
    for _ in range(n):
        words, stdin = case()
        results = []
        try:
            for cmd in ([tool], [link]):
                if flush(words):
                    subprocess.run([LAB + '/flush'], capture_output=True)
                results.append(run(cmd + words, stdin))
        except subprocess.TimeoutExpired:
            print('TIMEOUT', ' '.join(words), flush=True)
            continue
        (bo, be, bs), (ro, re_, rs) = [(norm(o), norm(e), s) for o, e, s in results]
        if (bo, be, bs) != (ro, re_, rs):
            bad += 1
            print('MISMATCH', repr(' '.join(words)), repr(stdin), 'rc', bs, rs, flush=True)
            for line in list(difflib.unified_diff(lines(bo, be), lines(ro, re_), lineterm='', n=1))[2:14]:
                print('   ', line, flush=True)
    print(f'{n} cases, {bad} mismatches', flush=True)
