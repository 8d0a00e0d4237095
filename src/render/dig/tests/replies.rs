//! Replies as dig prints them: headers, flags, RCODEs, the OPT
//! pseudo-section and its options.

use super::*;

const FIX_BASIC_ANSWER: &[u8] = &[
    0x1d, 0x19, // ID 7449 (the query's)
    0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 1, NS 1, AR 2
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
    0x00, 0x01, 0x51, 0x80, // TTL 86400
    0x00, 0x0d, // RDLENGTH 13
    0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns1.example.
    0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner ns1.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0x7f, 0x06, 0x01, 0x01, // RDATA 127.6.1.1
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x1c, // RDLENGTH 28
    0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
    0xd0, 0x5c, 0x8f, 0xbb, 0x32, 0xb5, 0x9e, 0x3f, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
    0xef, // option value: the client cookie dig sent, then the server cookie
    0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
];

#[test]
fn dig_basic_answer() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_BASIC_ANSWER],
        query: None,
        cookie: CookieCheck::Good,
        rtt: Duration::from_millis(16),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 7449\n",
            ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 1, ADDITIONAL: 2\n",
            ";; WARNING: recursion requested but not available\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: d05c8fbb32b59e3f010000006b0244ef299a1ba06d1e4601 (good)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
            "\n",
            ";; AUTHORITY SECTION:\n",
            "example.\t\t86400\tIN\tNS\tns1.example.\n",
            "\n",
            ";; ADDITIONAL SECTION:\n",
            "ns1.example.\t\t300\tIN\tA\t127.6.1.1\n",
            "\n",
            ";; Query time: 16 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 154\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NO_EDNS_NODATA: &[u8] = &[
    0xd0, 0xeb, // ID 53483 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, // QD 1, AN 0, NS 1, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x1c, 0x00, 0x01, // QTYPE AAAA, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x35, // RDLENGTH 53
    0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA
    0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x78, 0xc2, 0x75, 0xf4, 0x00,
    0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c,
];

#[test]
fn dig_no_edns_nodata() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example", "aaaa"],
        replies: &[FIX_NO_EDNS_NODATA],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example aaaa\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 53483\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tAAAA\n",
            "\n",
            ";; AUTHORITY SECTION:\n",
            "example.\t\t300\tIN\tSOA\tns1.example. hostmaster.example. 2026010100 7200 3600 1209600 300\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 101\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_ALL_FLAGS_NXDOMAIN: &[u8] = &[
    0x1c, 0x72, // ID 7282 (the query's)
    0x87, 0xf3, // flags: qr aa tc rd ra z ad cd opcode 0 rcode 3
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x02, 0x6e, 0x78, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME nx.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

#[test]
fn dig_all_flags_nxdomain() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+ignore", "+noedns", "nx.example"],
        replies: &[FIX_ALL_FLAGS_NXDOMAIN],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +ignore +noedns nx.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 7282\n",
            ";; flags: qr aa tc rd ra ad cd; MBZ: 0x4; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";nx.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 28\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_REFUSED_NO_RD: &[u8] = &[
    0xc6, 0x18, // ID 50712 (the query's)
    0x80, 0x05, // flags: qr opcode 0 rcode 5
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_refused_no_rd() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+norec", "www.example"],
        replies: &[FIX_REFUSED_NO_RD],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +norec www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 50712\n",
            ";; flags: qr; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 40\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_RCODE_UNASSIGNED: &[u8] = &[
    0x9e, 0xe7, // ID 40679 (the query's)
    0x81, 0x8c, // flags: qr rd ra opcode 0 rcode 12
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

#[test]
fn dig_rcode_unassigned() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
        replies: &[FIX_RCODE_UNASSIGNED],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: RESERVED12, id: 40679\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 29\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_EXT_RCODE_BADVERS: &[u8] = &[
    0xf2, 0x86, // ID 62086 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x01, 0x00, 0x00, 0x00, // ext-rcode 1, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_ext_rcode_badvers() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_EXT_RCODE_BADVERS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: BADVERS, id: 62086\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:19 UTC 2026\n",
            ";; MSG SIZE  rcvd: 40\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_EXT_RCODE_UNKNOWN: &[u8] = &[
    0xa3, 0x28, // ID 41768 (the query's)
    0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x02, 0x00, 0x00, 0x00, // ext-rcode 2, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_ext_rcode_unknown() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_EXT_RCODE_UNKNOWN],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: ?33, id: 41768\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 40\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_FORMERR_NO_OPT: &[u8] = &[
    0xfb, 0xa0, // ID 64416 (the query's)
    0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

#[test]
fn dig_formerr_no_opt() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_FORMERR_NO_OPT],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: FORMERR, id: 64416\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; WARNING: EDNS query returned status FORMERR - retry with '+noedns'\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 29\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOTIMP_NO_OPT_DNSSEC: &[u8] = &[
    0x04, 0x36, // ID 1078 (the query's)
    0x81, 0x84, // flags: qr rd ra opcode 0 rcode 4
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

#[test]
fn dig_notimp_no_opt_dnssec() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+dnssec", "www.example"],
        replies: &[FIX_NOTIMP_NO_OPT_DNSSEC],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +dnssec www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOTIMP, id: 1078\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; WARNING: EDNS query returned status NOTIMP - retry with '+nodnssec +noedns'\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 29\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_FORMERR_NOEDNS: &[u8] = &[
    0xc7, 0x7f, // ID 51071 (the query's)
    0x81, 0x81, // flags: qr rd ra opcode 0 rcode 1
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

#[test]
fn dig_formerr_noedns() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
        replies: &[FIX_FORMERR_NOEDNS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: FORMERR, id: 51071\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 29\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_EXTRA_BYTES: &[u8] = &[
    0xf8, 0xf6, // ID 63734 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
    0xde, 0xad, 0xbe, // three bytes past the last record
];

#[test]
fn dig_extra_bytes() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_EXTRA_BYTES],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 63734\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            ";; WARNING: Message has 3 extra bytes at end\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 70\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_EXTRA_BYTE_ONE: &[u8] = &[
    0x1b, 0x8f, // ID 7055 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x00, // one byte past the last record
];

#[test]
fn dig_extra_byte_one() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
        replies: &[FIX_EXTRA_BYTE_ONE],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noedns www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 7055\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
            ";; WARNING: Message has 1 extra bytes at end\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 57\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_DOT_LOCAL: &[u8] = &[
    0xb6, 0xd0, // ID 46800 (the query's)
    0x81, 0x83, // flags: qr rd ra opcode 0 rcode 3
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x07, 0x70, 0x72, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x05, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x00, // QNAME printer.local.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_dot_local() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "printer.local"],
        replies: &[FIX_DOT_LOCAL],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 printer.local\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; WARNING: .local is reserved for Multicast DNS\n",
            ";; You are currently testing what happens when an mDNS query is leaked to DNS\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 46800\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";printer.local.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 42\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_FLAGS_MBZ_VERSION: &[u8] = &[
    0xb3, 0x93, // ID 45971 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x10, 0x00, // TYPE OPT, UDP payload 4096
    0x00, 0x01, 0xc1, 0x23, // ext-rcode 0, version 1, flags 0xc123
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_opt_flags_mbz_version() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+dnssec", "www.example"],
        replies: &[FIX_OPT_FLAGS_MBZ_VERSION],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +dnssec www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45971\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 1, flags: do co; MBZ: 0x0123, udp: 4096\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 40\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_CO_ONLY: &[u8] = &[
    0x68, 0x01, // ID 26625 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x02, 0x00, // TYPE OPT, UDP payload 512
    0x00, 0x00, 0x40, 0x00, // ext-rcode 0, version 0, flags 0x4000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_opt_co_only() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_CO_ONLY],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 26625\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags: co; udp: 512\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 40\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_NSID: &[u8] = &[
    0x5a, 0xcb, // ID 23243 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x1d, // RDLENGTH 29
    0x00, 0x03, 0x00, 0x0b, // option NSID (3), length 11
    0x6e, 0x73, 0x31, 0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, // option value
    0x00, 0x03, 0x00, 0x06, // option NSID (3), length 6
    0x00, 0x01, 0x62, 0x69, 0x6e, 0xff, // option value
    0x00, 0x03, 0x00, 0x00, // option NSID (3), length 0
];

#[test]
fn dig_opt_nsid() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nsid", "www.example"],
        replies: &[FIX_OPT_NSID],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nsid www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 23243\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; NSID: 6e 73 31 2e 65 78 61 6d 70 6c 65 (\"ns1.example\")\n",
            "; NSID: 00 01 62 69 6e ff (\"..bin.\")\n",
            "; NSID:\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 69\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_COOKIE_GOOD_ECHOED: &[u8] = &[
    0x68, 0xe1, // ID 26849 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x0c, // RDLENGTH 12
    0x00, 0x0a, 0x00, 0x08, // option COOKIE (10), length 8
    0xca, 0x6b, 0x68, 0x04, 0x65, 0xf5, 0x78, 0x97, // option value: the client cookie dig sent, then the server cookie
];

#[test]
fn dig_opt_cookie_good_echoed() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_COOKIE_GOOD_ECHOED],
        query: None,
        cookie: CookieCheck::Good,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 26849\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: ca6b680465f57897 (echoed)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 52\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_COOKIE_BAD: &[u8] = &[
    0x7a, 0xf1, // ID 31473 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x1c, // RDLENGTH 28
    0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44, 0xef, // option value
    0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
];

#[test]
fn dig_opt_cookie_bad() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_COOKIE_BAD],
        query: None,
        cookie: CookieCheck::Bad,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 31473\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: ffffffffffffffff010000006b0244ef299a1ba06d1e4601 (bad)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 68\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_COOKIE_TWICE: &[u8] = &[
    0x12, 0x75, // ID 4725 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x28, // RDLENGTH 40
    0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
    0x7f, 0x61, 0xc8, 0x88, 0x77, 0xbc, 0x35, 0xcc, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
    0xef, // option value: the client cookie dig sent, then the server cookie
    0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01, 0x00, 0x0a, 0x00, 0x08, // option COOKIE (10), length 8
    0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, // option value
];

#[test]
fn dig_opt_cookie_twice() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_COOKIE_TWICE],
        query: None,
        cookie: CookieCheck::Good,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4725\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: 7f61c88877bc35cc010000006b0244ef299a1ba06d1e4601 (good)\n",
            "; COOKIE: aaaaaaaaaaaaaaaa (echoed)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 80\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_EXPIRE_KEEPALIVE_PAD: &[u8] = &[
    0x01, 0x4d, // ID 333 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x62, // RDLENGTH 98
    0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
    0x00, 0x12, 0x75, 0x00, // option value
    0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
    0x00, 0x00, 0x00, 0x00, // option value
    0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
    0x00, 0x01, 0x5f, 0xcd, // option value
    0x00, 0x09, 0x00, 0x00, // option EXPIRE (9), length 0
    0x00, 0x09, 0x00, 0x04, // option EXPIRE (9), length 4
    0xff, 0xff, 0xff, 0xff, // option value
    0x00, 0x0b, 0x00, 0x02, // option TCP-KEEPALIVE (11), length 2
    0x00, 0x7b, // option value
    0x00, 0x0b, 0x00, 0x00, // option TCP-KEEPALIVE (11), length 0
    0x00, 0x0b, 0x00, 0x03, // option TCP-KEEPALIVE (11), length 3
    0x01, 0x02, 0x03, // option value
    0x00, 0x0c, 0x00, 0x00, // option PADDING (12), length 0
    0x00, 0x0c, 0x00, 0x25, // option PADDING (12), length 37
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // option value
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
];

#[test]
fn dig_opt_expire_keepalive_pad() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_EXPIRE_KEEPALIVE_PAD],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 333\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; EXPIRE: 1209600 (2 weeks)\n",
            "; EXPIRE: 0 (0 seconds)\n",
            "; EXPIRE: 90061 (1 day 1 hour 1 minute 1 second)\n",
            "; EXPIRE:\n",
            "; EXPIRE: 4294967295 (7101 weeks 3 days 6 hours 28 minutes 15 seconds)\n",
            "; TCP KEEPALIVE: 12.3 secs\n",
            "; TCP KEEPALIVE:\n",
            "; TCP KEEPALIVE: 01 02 03 (\"...\")\n",
            "; PAD:\n",
            "; PAD: (37 bytes)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 138\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_KEYTAG_TAGS: &[u8] = &[
    0xb2, 0x70, // ID 45680 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x1c, // RDLENGTH 28
    0x00, 0x0e, 0x00, 0x06, // option KEY-TAG (14), length 6
    0x4f, 0x66, 0x00, 0x01, 0xff, 0xff, // option value
    0x00, 0x0e, 0x00, 0x02, // option KEY-TAG (14), length 2
    0x01, 0x02, // option value
    0x00, 0x10, 0x00, 0x02, // option CLIENT-TAG (16), length 2
    0x00, 0x07, // option value
    0x00, 0x11, 0x00, 0x02, // option SERVER-TAG (17), length 2
    0xff, 0xff, // option value
];

#[test]
fn dig_opt_keytag_tags() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_KEYTAG_TAGS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45680\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; KEY-TAG: 20326, 1, 65535\n",
            "; KEY-TAG: 258\n",
            "; CLIENT-TAG: 7\n",
            "; SERVER-TAG: 65535\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 68\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_EDE: &[u8] = &[
    0x05, 0x19, // ID 1305 (the query's)
    0x81, 0x82, // flags: qr rd ra opcode 0 rcode 2
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x4c, // RDLENGTH 76
    0x00, 0x0f, 0x00, 0x02, // option EDE (15), length 2
    0x00, 0x12, // option value
    0x00, 0x0f, 0x00, 0x18, // option EDE (15), length 24
    0x00, 0x06, 0x76, 0x61, 0x6c, 0x69, 0x64, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x66, 0x61, 0x69, // option value
    0x6c, 0x75, 0x72, 0x65, 0x20, 0x3c, 0x41, 0x3e, 0x00, 0x0f, 0x00, 0x0b, // option EDE (15), length 11
    0x00, 0x03, 0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x98, 0x83, // option value
    0x00, 0x0f, 0x00, 0x0a, // option EDE (15), length 10
    0x00, 0x18, 0x74, 0x61, 0x62, 0x09, 0x68, 0x65, 0x72, 0x65, // option value
    0x00, 0x0f, 0x00, 0x02, // option EDE (15), length 2
    0x00, 0x19, // option value
    0x00, 0x0f, 0x00, 0x03, // option EDE (15), length 3
    0x03, 0xe7, 0x78, // option value
];

#[test]
fn dig_opt_ede() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_EDE],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1305\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; EDE: 18 (Prohibited)\n",
            "; EDE: 6 (DNSSEC Bogus): (validation failure <A>)\n",
            "; EDE: 3 (Stale Answer): (café ☃)\n",
            "; EDE: 24 (Invalid Data): (tab.here)\n",
            "; EDE: 25\n",
            "; EDE: 999: (x)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 116\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_ECS: &[u8] = &[
    0xbb, 0xc7, // ID 48071 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x77, // RDLENGTH 119
    0x00, 0x08, 0x00, 0x07, // option CLIENT-SUBNET (8), length 7
    0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, // option value
    0x00, 0x08, 0x00, 0x08, // option CLIENT-SUBNET (8), length 8
    0x00, 0x02, 0x20, 0x30, 0x20, 0x01, 0x0d, 0xb8, // option value
    0x00, 0x08, 0x00, 0x04, // option CLIENT-SUBNET (8), length 4
    0x00, 0x00, 0x00, 0x00, // option value
    0x00, 0x08, 0x00, 0x04, // option CLIENT-SUBNET (8), length 4
    0x00, 0x02, 0x00, 0x00, // option value
    0x00, 0x08, 0x00, 0x08, // option CLIENT-SUBNET (8), length 8
    0x00, 0x01, 0x19, 0x20, 0xc0, 0x00, 0x02, 0x80, // option value
    0x00, 0x08, 0x00, 0x14, // option CLIENT-SUBNET (8), length 20
    0x00, 0x02, 0x80, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, // option value
    0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x10, // option CLIENT-SUBNET (8), length 16
    0x00, 0x02, 0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, // option value
    0x00, 0x08, 0x00, 0x14, // option CLIENT-SUBNET (8), length 20
    0x00, 0x02, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // option value
    0x00, 0x00, 0x00, 0x01,
];

#[test]
fn dig_opt_ecs() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_ECS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 48071\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
            "; CLIENT-SUBNET: 2001:db8::/32/48\n",
            "; CLIENT-SUBNET: 0/0/0\n",
            "; CLIENT-SUBNET: ::/0/0\n",
            "; CLIENT-SUBNET: 192.0.2.128/25/32\n",
            "; CLIENT-SUBNET: ::ffff:0.0.0.0/128/128\n",
            "; CLIENT-SUBNET: ::ffff:0.0.0.0/96/0\n",
            "; CLIENT-SUBNET: ::1/128/0\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 159\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OPT_LLQ_UNKNOWN: &[u8] = &[
    0xe0, 0xae, // ID 57518 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x37, // RDLENGTH 55
    0x00, 0x01, 0x00, 0x12, // option LLQ (1), length 18
    0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, // option value
    0x0e, 0x10, 0xfd, 0xe9, 0x00, 0x02, // option ? (65001), length 2
    0xab, 0xcd, // option value
    0xfd, 0xea, 0x00, 0x00, // option ? (65002), length 0
    0x00, 0x04, 0x00, 0x0e, // option ? (4), length 14
    0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x7f, 0x7e, 0x20, // option value
    0x00, 0x02, 0x00, 0x01, // option ? (2), length 1
    0x00, // option value
];

#[test]
fn dig_opt_llq_unknown() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example"],
        replies: &[FIX_OPT_LLQ_UNKNOWN],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 57518\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; LLQ: Version: 1, Opcode: 2, Error: 3, Identifier: 9223372036854775813, Lifetime: 3600\n",
            "; OPT=65001: ab cd (\"..\")\n",
            "; OPT=65002:\n",
            "; OPT=4: 68 65 6c 6c 6f 20 77 6f 72 6c 64 7f 7e 20 (\"hello world.~ \")\n",
            "; OPT=2: 00 (\".\")\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 95\n",
            "\n",
        ),
        fatal: None,
    });
}
