#!/usr/bin/env python3
"""Random dig command lines: BIND's dig and rlookup (through a link named
dig) in the lab, their stdout, stderr and exit status compared after the
lab's normalize (and YAML's times and ids masked); prints each mismatch
with a diff. Not run by CI: a tool for finding cases the goldens lack.
A resolver case flushes the caches before each client.

Usage (root, the lab started): tests/lab/random/dig.py N SEED [SERVER,...]
(default server 127.6.1.1). RLOOKUP_BIN picks the binary
(target/release/rlookup), RLOOKUP_LAB the lab."""
import random, sys
from common import compare
N=int(sys.argv[1]); seed=int(sys.argv[2]); servers=sys.argv[3].split(',') if len(sys.argv)>3 else ['127.6.1.1']
rnd=random.Random(seed)
names=['info.edge.lab','mail.edge.lab','nullmx.edge.lab','ptr.edge.lab','selfloop.edge.lab','ttl0.edge.lab','under_score.edge.lab','v6only.edge.lab','x.ent.edge.lab','xn--caf-dma.edge.lab','hop4.edge.lab','exists.wild.edge.lab','sshfp.edge.lab','_sip._udp.edge.lab','secure.lab','bogus.lab','www.secure.lab','www.edge.lab','edge.lab','dual.edge.lab','nosuch.edge.lab','foo.wild.edge.lab','hinfo.edge.lab','loc.edge.lab','naptr.edge.lab','multi.edge.lab','big.edge.lab','long.edge.lab','dname.edge.lab','x.dname.edge.lab','hop1.edge.lab','loop1.edge.lab','dangling.edge.lab','ent.edge.lab','_sip._tcp.edge.lab','WwW.EdGe.LaB','a\\.b.edge.lab','bücher.edge.lab','.', 'huge.edge.lab','txt.edge.lab','caa.edge.lab','sshfp.edge.lab','tlsa.edge.lab','_443._tcp.www.edge.lab','ds.edge.lab','svcb.edge.lab','https.edge.lab','uri.edge.lab','rp.edge.lab','afsdb.edge.lab','cert.edge.lab','apl.edge.lab','null.edge.lab','unknown.edge.lab']
types=['a','aaaa','mx','ns','soa','txt','any','cname','ptr','srv','naptr','hinfo','loc','caa','sshfp','tlsa','ds','dnskey','rrsig','nsec','svcb','https','uri','rp','afsdb','cert','apl','null','type65534','TYPE99','spf','dname','axfr','ixfr=1','nsec3param','cds','openpgpkey','smimea','zonemd','csync','eui48','eui64','l32','l64','lp','nid','hip','ipseckey','kx','dhcid','minfo','mb','mg','mr','wks','x25','isdn','rt','nsap','px','gpos','key','sig','nxt','a6','sink','opt','tkey','tsig','amtrelay','resinfo','wallet']
flags=['+short','+noall','+answer','+authority','+additional','+question','+nostats','+stats','+nocmd','+cmd','+nocomments','+comments','+multiline','+ttlunits','+nottlid','+noclass','+rrcomments','+onesoa','+identify','+tcp','+ignore','+besteffort','+qr','+header-only','+nsid','+expire','+nocookie','+cookie','+noedns','+edns=0','+edns=1','+dnssec','+cd','+adflag','+noadflag','+aaflag','+zflag','+norecurse','+recurse','+unknownformat','+yaml','+idnout','+noidnout','+nosplit','+split=8','+split=0','+padding=64','+bufsize=512','+bufsize=0','+ednsflags=0x80','+ednsopt=10','+ednsopt=3','+opcode=1','+opcode=4','+qid=7','+tcflag','+raflag','+nocrypto','+expandaaaa','+keepalive','+subnet=10.0.0.0/8','+subnet=0','+showbadcookie','+nofail','+noshort','+ttlid','+class','+zoneversion' ,'+coflag','+nssearch','+notrace','+retry=0','+tries=1','+time=1']
def case():
    words=[]
    s=rnd.choice(servers); words.append('@'+s)
    n=rnd.choice(names)
    t=rnd.choice(types) if rnd.random()<0.7 else None
    fl=rnd.sample(flags, rnd.randint(0,5))
    if rnd.random()<0.1: words += ['-x', rnd.choice(['192.0.2.10','10.0.0.1','2001:db8::1','127.0.0.1'])]
    else:
        words.append(n)
        if t: words.append(t)
    words += fl
    if rnd.random()<0.2: rnd.shuffle(words)
    if rnd.random()<0.15: words += [rnd.choice(names), rnd.choice(types)] + rnd.sample(flags, rnd.randint(0,2))
    return words

compare('dig', N, lambda: (case(), None), lambda w: any(x in ('@127.0.0.53', '@127.0.10.1') for x in w))
