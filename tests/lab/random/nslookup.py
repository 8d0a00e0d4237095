#!/usr/bin/env python3
"""Random nslookup command lines and piped commands: BIND's nslookup and
rlookup in the lab, stdout, stderr and exit status compared after the
lab's normalize; prints each mismatch with a diff. Not run by CI.
(-d2 is left out: BIND's internal trace on stderr is a documented
difference.)

Usage (root, the lab started): tests/lab/random/nslookup.py N SEED.
RLOOKUP_BIN picks the binary (target/release/rlookup), RLOOKUP_LAB the lab."""
import random, sys
from common import compare
N=int(sys.argv[1]); seed=int(sys.argv[2])
rnd=random.Random(seed)
names=['www.edge.lab','edge.lab','dual.edge.lab','nosuch.edge.lab','foo.wild.edge.lab','hinfo.edge.lab','loc.edge.lab','naptr.edge.lab','multi.edge.lab','long.edge.lab','dname.edge.lab','x.dname.edge.lab','hop1.edge.lab','dangling.edge.lab','ent.edge.lab','_sip._tcp.edge.lab','WwW.EdGe.LaB','.','txt.edge.lab','mail.edge.lab','nullmx.edge.lab','ptr.edge.lab','ttl0.edge.lab','v6only.edge.lab','secure.lab','www.secure.lab','192.0.2.10','10.0.0.1','2001:db8::1','www','edge','concordia.ca','mit.edu','www.mit.edu','google.ca']
types=['a','aaaa','mx','ns','soa','txt','any','cname','ptr','srv','naptr','hinfo','loc','caa','sshfp','ds','dnskey','rrsig','nsec','rp','TYPE99','axfr','ixfr','frob']
opts=['-debug','-nodebug','-norecurse','-recurse','-vc','-novc','-port=53','-timeout=1','-retry=1','-class=IN','-class=CH','-domain=edge.lab','-search','-nosearch','-fail','-nofail','-ndots=2','-ndots=0','-querytype=mx','-q=soa','-sil','-all']
servers=['127.6.1.1','127.0.0.53','127.6.2.1','ns1.edge.lab','']
def case():
    if rnd.random()<0.25:
        # commands on stdin
        lines=[]
        for _ in range(rnd.randint(1,4)):
            r=rnd.random()
            if r<0.3: lines.append('set '+rnd.choice(['type=','querytype=','class='])+rnd.choice(types+['IN','CH']) if rnd.random()<0.8 else 'set '+rnd.choice(opts)[1:])
            elif r<0.4: lines.append('server '+rnd.choice(servers[:4]))
            elif r<0.45: lines.append('set all')
            else: lines.append(rnd.choice(names)+(' '+rnd.choice(servers[:3]) if rnd.random()<0.3 else ''))
        return ['-', rnd.choice(servers[:3])], '\n'.join(lines)+'\n'
    w=rnd.sample(opts, rnd.randint(0,3))
    if rnd.random()<0.6: w.append('-type='+rnd.choice(types))
    w.append(rnd.choice(names))
    s=rnd.choice(servers)
    if s: w.append(s)
    return w, None

compare('nslookup', N, case, lambda w: True)
