//! dig's print styles: +short, +identify, +nottlid, +noclass,
//! +multiline, +unknownformat, +qr, TSIG and SIG(0), DNSKEY, names.

use super::*;

const FIX_SHORT_BASIC: &[u8] = &[
    0xfa, 0x35, // ID 64053 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x03, 0x00, 0x01, 0x00, 0x01, // QD 1, AN 3, NS 1, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x0d, // RDLENGTH 13
    0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA web.example.
    0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner web.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x03, 0x77, 0x65, 0x62, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner web.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x02, // RDATA 192.0.2.2
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x0c, // RDLENGTH 12
    0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_short_basic() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "www.example"],
        replies: &[FIX_SHORT_BASIC],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!("web.example.\n", "192.0.2.1\n", "192.0.2.2\n",),
        fatal: None,
    });
}

const FIX_SHORT_IDENTIFY: &[u8] = &[
    0x03, 0x74, // ID 884 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x10, 0x00, 0x01, // QTYPE TXT, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x12, // RDLENGTH 18
    0x0d, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x22, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x22, 0x03, 0x00, // RDATA TXT
    0xff, 0x3b, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x10, 0x00, 0x01, // TYPE TXT, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x01, // RDLENGTH 1
    0x00, // RDATA TXT empty
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_short_identify() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "+identify", "www.example", "txt"],
        replies: &[FIX_SHORT_IDENTIFY],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\"hello \\\"world\\\"\" \"\\000\\255;\" from server 127.0.0.1 in 4 ms.\n",
            "\"\" from server 127.0.0.1 in 4 ms.\n",
        ),
        fatal: None,
    });
}

const FIX_NOSTATS_IDENTIFY: &[u8] = &[
    0x07, 0x7a, // ID 1914 (the query's)
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
];

#[test]
fn dig_nostats_identify() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nostats", "+identify", "www.example"],
        replies: &[FIX_NOSTATS_IDENTIFY],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nostats +identify www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1914\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "\n",
            ";; Received 67 bytes from 127.0.0.1#5399(127.0.0.1) in 4 ms\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOTTLID_NOCLASS: &[u8] = &[
    0x95, 0x7e, // ID 38270 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x2b, // RDLENGTH 43
    0x00, 0x14, 0x1f, 0x61, 0x2d, 0x76, 0x65, 0x72, 0x79, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d, 0x6d, // RDATA 20 ...
    0x61, 0x69, 0x6c, 0x2d, 0x65, 0x78, 0x63, 0x68, 0x61, 0x6e, 0x67, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61,
    0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_nottlid_noclass() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nottlid", "+noclass", "example", "mx"],
        replies: &[FIX_NOTTLID_NOCLASS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nottlid +noclass example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 38270\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\tIN MX\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\tMX\t10 mail.example.\n",
            "example.\t\tMX\t20 a-very-long-mail-exchanger-name.example.\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 133\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOTTLID: &[u8] = &[
    0xdf, 0xe6, // ID 57318 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_nottlid() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nottlid", "example", "mx"],
        replies: &[FIX_NOTTLID],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nottlid example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 57318\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\tIN\tMX\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\tIN\tMX\t10 mail.example.\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 71\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOCLASS: &[u8] = &[
    0x02, 0x68, // ID 616 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_noclass() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noclass", "example", "mx"],
        replies: &[FIX_NOCLASS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +noclass example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 616\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\tIN\tMX\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t300\tMX\t10 mail.example.\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 71\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_TTLUNITS_LONG_OWNER: &[u8] = &[
    0xd7, 0x91, // ID 55185 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 4, NS 0, AR 1
    0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
    0x6f, // QNAME a-rather-long-owner-name.example.
    0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
    0x01, // QTYPE A, QCLASS IN
    0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
    0x6f, // owner a-rather-long-owner-name.example.
    0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
    0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
    0x6f, // owner a-rather-long-owner-name.example.
    0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
    0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
    0x6f, // owner a-rather-long-owner-name.example.
    0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
    0x01, // TYPE A, CLASS IN
    0x00, 0x01, 0x5f, 0xcd, // TTL 90061
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x18, 0x61, 0x2d, 0x72, 0x61, 0x74, 0x68, 0x65, 0x72, 0x2d, 0x6c, 0x6f, 0x6e, 0x67, 0x2d,
    0x6f, // owner a-rather-long-owner-name.example.
    0x77, 0x6e, 0x65, 0x72, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x00, 0x01, 0x00,
    0x01, // TYPE A, CLASS IN
    0x00, 0x1b, 0xaf, 0x85, // TTL 1814405
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_ttlunits_long_owner() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+ttlunits", "a-rather-long-owner-name.example", "a"],
        replies: &[FIX_TTLUNITS_LONG_OWNER],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +ttlunits a-rather-long-owner-name.example a\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 55185\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 4, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";a-rather-long-owner-name.example. IN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "a-rather-long-owner-name.example. 0s IN\tA\t192.0.2.1\n",
            "a-rather-long-owner-name.example. 1m IN\tA\t192.0.2.1\n",
            "a-rather-long-owner-name.example. 1d1h1m1s IN A\t192.0.2.1\n",
            "a-rather-long-owner-name.example. 3w5s IN A\t192.0.2.1\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:20 UTC 2026\n",
            ";; MSG SIZE  rcvd: 253\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_OWNER_COLUMNS: &[u8] = &[
    0xa8, 0x02, // ID 43010 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 4, NS 0, AR 0
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x06, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x00, // owner exampl.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0xff, 0xff, 0xff, 0xff, // TTL 4294967295
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x17, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, // owner abcdefghijklmnopqrstuvw.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0xff, 0xff, 0xff, 0xff, // TTL 4294967295
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x18, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, // owner abcdefghijklmnopqrstuvwx.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0xff, 0xff, 0xff, 0xff, // TTL 4294967295
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x1e, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
    0x6f, // owner abcdefghijklmnopqrstuvwxyz0123.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x30, 0x31, 0x32, 0x33, 0x00, 0x00, 0x01, 0x00,
    0x01, // TYPE A, CLASS IN
    0xff, 0xff, 0xff, 0xff, // TTL 4294967295
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
];

#[test]
fn dig_owner_columns() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "+multiline", "example", "a"],
        replies: &[FIX_OWNER_COLUMNS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "exampl.\t\t\t4294967295 IN A\t192.0.2.1\n",
            "abcdefghijklmnopqrstuvw. 4294967295 IN A 192.0.2.1\n",
            "abcdefghijklmnopqrstuvwx. 4294967295 IN\tA 192.0.2.1\n",
            "abcdefghijklmnopqrstuvwxyz0123.\t4294967295 IN A\t192.0.2.1\n",
        ),
        fatal: None,
    });
}

const FIX_OWNER_COLUMNS_DEFAULT: &[u8] = &[
    0x99, 0x24, // ID 39204 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 5, NS 0, AR 0
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x06, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x00, // owner exampl.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x12, 0xd6, 0x87, // TTL 1234567
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x16, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, // owner abcdefghijklmnopqrstuv.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x12, 0xd6, 0x87, // TTL 1234567
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x17, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, // owner abcdefghijklmnopqrstuvw.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x12, 0xd6, 0x87, // TTL 1234567
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x18, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, // owner abcdefghijklmnopqrstuvwx.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x12, 0xd6, 0x87, // TTL 1234567
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x2a, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
    0x6f, // owner abcdefghijklmnopqrstuvwxyz0123456789abcdef.
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61,
    0x62, 0x63, 0x64, 0x65, 0x66, 0x00, 0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x12, 0xd6, 0x87, // TTL 1234567
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
];

#[test]
fn dig_owner_columns_default() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "example", "a"],
        replies: &[FIX_OWNER_COLUMNS_DEFAULT],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "exampl.\t\t\t1234567\tIN\tA\t192.0.2.1\n",
            "abcdefghijklmnopqrstuv.\t1234567\tIN\tA\t192.0.2.1\n",
            "abcdefghijklmnopqrstuvw. 1234567 IN\tA\t192.0.2.1\n",
            "abcdefghijklmnopqrstuvwx. 1234567 IN\tA\t192.0.2.1\n",
            "abcdefghijklmnopqrstuvwxyz0123456789abcdef. 1234567 IN A 192.0.2.1\n",
        ),
        fatal: None,
    });
}

const FIX_MULTILINE_SOA: &[u8] = &[
    0x97, 0x67, // ID 38759 (the query's)
    0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x06, 0x00, 0x01, // TYPE SOA, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x35, // RDLENGTH 53
    0x03, 0x6e, 0x73, 0x31, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x0a, 0x68, 0x6f, // RDATA SOA
    0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x78, 0xc2, 0x75, 0xf4, 0x00,
    0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75, 0x00, 0x00, 0x00, 0x01, 0x2c, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_multiline_soa() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "example", "soa"],
        replies: &[FIX_MULTILINE_SOA],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline example soa\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 38759\n",
            ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            ";; WARNING: recursion requested but not available\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\tIN SOA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t300 IN SOA ns1.example. hostmaster.example. (\n",
            "\t\t\t\t2026010100 ; serial\n",
            "\t\t\t\t7200       ; refresh (2 hours)\n",
            "\t\t\t\t3600       ; retry (1 hour)\n",
            "\t\t\t\t1209600    ; expire (2 weeks)\n",
            "\t\t\t\t300        ; minimum (5 minutes)\n",
            "\t\t\t\t)\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 108\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_UNKNOWNFORMAT: &[u8] = &[
    0x05, 0x99, // ID 1433 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_unknownformat() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+unknownformat", "example", "mx"],
        replies: &[FIX_UNKNOWNFORMAT],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +unknownformat example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1433\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\t\tCLASS1\tTYPE15\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t300\tCLASS1\tTYPE15\t\\# 16 000A046D61696C076578616D706C6500\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 71\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOCOMMENTS: &[u8] = &[
    0x90, 0x55, // ID 36949 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 1, NS 1, AR 2
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA 10 mail.example.
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x0c, // RDLENGTH 12
    0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
    0x04, 0x6d, 0x61, 0x69, 0x6c, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner mail.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x19, // RDATA 192.0.2.25
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_nocomments() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nocomments", "example", "mx"],
        replies: &[FIX_NOCOMMENTS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nocomments example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";example.\t\t\tIN\tMX\n",
            "example.\t\t300\tIN\tMX\t10 mail.example.\n",
            "example.\t\t300\tIN\tNS\tns.example.\n",
            "mail.example.\t\t300\tIN\tA\t192.0.2.25\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 130\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOALL_ANSWER_AUTHORITY: &[u8] = &[
    0x33, 0x51, // ID 13137 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x02, // QD 1, AN 0, NS 1, AR 2
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x02, 0x00, 0x01, // TYPE NS, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x0c, // RDLENGTH 12
    0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA ns.example.
    0x02, 0x6e, 0x73, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner ns.example.
    0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x53, // RDATA 2001:db8::53
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_noall_answer_authority() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+answer", "+authority", "+additional", "example", "mx"],
        replies: &[FIX_NOALL_ANSWER_AUTHORITY],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!("example.\t\t300\tIN\tNS\tns.example.\n", "ns.example.\t\t300\tIN\tAAAA\t2001:db8::53\n",),
        fatal: None,
    });
}

const FIX_QR_QUERY: &[u8] = &[
    0xc3, 0x20, // ID 49952 (the query's)
    0x85, 0x00, // flags: qr aa rd opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x0a, // RDATA 192.0.2.10
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x1c, // RDLENGTH 28
    0x00, 0x0a, 0x00, 0x18, // option COOKIE (10), length 24
    0xd6, 0xb3, 0x2e, 0xab, 0xa5, 0x4b, 0x6e, 0xb6, 0x01, 0x00, 0x00, 0x00, 0x6b, 0x02, 0x44,
    0xef, // option value: the client cookie dig sent, then the server cookie
    0x29, 0x9a, 0x1b, 0xa0, 0x6d, 0x1e, 0x46, 0x01,
];

const QUERY_QR_QUERY: &[u8] = &[
    // the query dig sent
    0xc3, 0x20, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
    0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x0a, 0x00, 0x08,
    0xd6, 0xb3, 0x2e, 0xab, 0xa5, 0x4b, 0x6e, 0xb6,
];

#[test]
fn dig_qr_query() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+qr", "www.example"],
        replies: &[FIX_QR_QUERY],
        query: Some(QUERY_QR_QUERY),
        cookie: CookieCheck::Good,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Sending:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 49952\n",
            ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: d6b32eaba54b6eb6\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; QUERY SIZE: 52\n",
            "\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 49952\n",
            ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            ";; WARNING: recursion requested but not available\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; COOKIE: d6b32eaba54b6eb6010000006b0244ef299a1ba06d1e4601 (good)\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t300\tIN\tA\t192.0.2.10\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 95\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_QR_NSID_EXPIRE: &[u8] = &[
    0xff, 0x5a, // ID 65370 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 0, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x10, // RDLENGTH 16
    0x00, 0x03, 0x00, 0x01, // option NSID (3), length 1
    0x78, // option value
    0x00, 0x08, 0x00, 0x07, // option CLIENT-SUBNET (8), length 7
    0x00, 0x01, 0x18, 0x18, 0xc0, 0x00, 0x02, // option value
];

const QUERY_QR_NSID_EXPIRE: &[u8] = &[
    // the query dig sent
    0xff, 0x5a, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
    0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x19, 0x00, 0x03, 0x00, 0x00,
    0x00, 0x08, 0x00, 0x07, 0x00, 0x01, 0x18, 0x00, 0xc0, 0x00, 0x02, 0x00, 0x09, 0x00, 0x00, 0xfd, 0xe9, 0x00, 0x02, 0xab, 0xcd,
];

#[test]
fn dig_qr_nsid_expire() {
    check(&Case {
        args: &[
            "-p",
            "5399",
            "@127.0.0.1",
            "+tries=1",
            "+time=2",
            "+qr",
            "+nsid",
            "+expire",
            "+nocookie",
            "+subnet=192.0.2.0/24",
            "+ednsopt=65001:abcd",
            "www.example",
        ],
        replies: &[FIX_QR_NSID_EXPIRE],
        query: Some(QUERY_QR_NSID_EXPIRE),
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +nsid +expire +nocookie +subnet=192.0.2.0/24 +ednsopt=65001:abcd www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Sending:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 65370\n",
            ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; NSID:\n",
            "; CLIENT-SUBNET: 192.0.2.0/24/0\n",
            "; EXPIRE:\n",
            "; OPT=65001: ab cd (\"..\")\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; QUERY SIZE: 65\n",
            "\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 65370\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            "; NSID: 78 (\"x\")\n",
            "; CLIENT-SUBNET: 192.0.2.0/24/24\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 56\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_QR_NOEDNS_HEADER_FLAGS: &[u8] = &[
    0x44, 0xb2, // ID 17586 (the query's)
    0x84, 0x00, // flags: qr aa opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
];

const QUERY_QR_NOEDNS_HEADER_FLAGS: &[u8] = &[
    // the query dig sent
    0x44, 0xb2, 0x06, 0xf0, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70,
    0x6c, 0x65, 0x00, 0x00, 0x01, 0x00, 0x01,
];

#[test]
fn dig_qr_noedns_header_flags() {
    check(&Case {
        args: &[
            "-p",
            "5399",
            "@127.0.0.1",
            "+tries=1",
            "+time=2",
            "+qr",
            "+noedns",
            "+norec",
            "+aaflag",
            "+adflag",
            "+cdflag",
            "+zflag",
            "+tcflag",
            "+raflag",
            "www.example",
        ],
        replies: &[FIX_QR_NOEDNS_HEADER_FLAGS],
        query: Some(QUERY_QR_NOEDNS_HEADER_FLAGS),
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +qr +noedns +norec +aaflag +adflag +cdflag +zflag +tcflag +raflag www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Sending:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 17586\n",
            ";; flags: aa tc ra ad cd; MBZ: 0x4; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; QUERY SIZE: 29\n",
            "\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 17586\n",
            ";; flags: qr aa; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 29\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_UPDATE_OPCODE: &[u8] = &[
    0x08, 0x9a, // ID 2202 (the query's)
    0xa8, 0x00, // flags: qr opcode 5 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // QD 1, AN 1, NS 1, AR 0
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0xff, // TYPE A, CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x00, // RDLENGTH 0
    0x03, 0x6f, 0x6c, 0x64, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner old.example.
    0x00, 0x01, 0x00, 0xfe, // TYPE A, CLASS NONE
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x09, // RDATA 192.0.2.9
];

#[test]
fn dig_update_opcode() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+opcode=update", "+noedns", "example", "soa"],
        replies: &[FIX_UPDATE_OPCODE],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +opcode=update +noedns example soa\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: UPDATE, status: NOERROR, id: 2202\n",
            ";; flags: qr; QUERY: 1, ANSWER: 1, AUTHORITY: 1, ADDITIONAL: 0\n",
            "\n",
            ";; ZONE SECTION:\n",
            ";example.\t\t\tIN\tSOA\n",
            "\n",
            ";; PREREQUISITE SECTION:\n",
            "www.example.\t\t0\tANY\tA\t\n",
            "\n",
            ";; UPDATE SECTION:\n",
            "old.example.\t\t0\tNONE\tA\t\\# 4 C0000209\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 75\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_NOTIFY_OPCODE: &[u8] = &[
    0x17, 0x67, // ID 5991 (the query's)
    0xa4, 0x00, // flags: qr aa opcode 4 rcode 0
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x06, 0x00, 0x01, // QTYPE SOA, QCLASS IN
];

#[test]
fn dig_notify_opcode() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+opcode=notify", "+noedns", "example", "soa"],
        replies: &[FIX_NOTIFY_OPCODE],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +opcode=notify +noedns example soa\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: NOTIFY, status: NOERROR, id: 5991\n",
            ";; flags: qr aa; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\t\tIN\tSOA\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 25\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_TSIG_PSEUDOSECTION: &[u8] = &[
    0x33, 0xa9, // ID 13225 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x03, 0x6b, 0x65, 0x79, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner key.example.
    0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x21, // RDLENGTH 33
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, 0x00, 0x00,
    0x65, // RDATA TSIG hmac-sha256, time, fudge 300, MAC 01020304, id 4242, BADSIG
    0x53, 0xf1, 0x00, 0x01, 0x2c, 0x00, 0x04, 0x01, 0x02, 0x03, 0x04, 0x10, 0x92, 0x00, 0x10, 0x00, 0x00,
];

#[test]
fn dig_tsig_pseudosection() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
        replies: &[FIX_TSIG_PSEUDOSECTION],
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
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 13225\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "\n",
            ";; TSIG PSEUDOSECTION:\n",
            "key.example.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 4 AQIDBA== 4242 BADSIG 0 \n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 112\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_TSIG_NOCOMMENTS: &[u8] = &[
    0xcc, 0x76, // ID 52342 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x03, 0x6b, 0x65, 0x79, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner key.example.
    0x00, 0xfa, 0x00, 0xff, // TYPE TSIG, CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x1d, // RDLENGTH 29
    0x0b, 0x68, 0x6d, 0x61, 0x63, 0x2d, 0x73, 0x68, 0x61, 0x32, 0x35, 0x36, 0x00, 0x00, 0x00, 0x65, // RDATA TSIG
    0x53, 0xf1, 0x00, 0x01, 0x2c, 0x00, 0x00, 0x10, 0x92, 0x00, 0x00, 0x00, 0x00,
];

#[test]
fn dig_tsig_nocomments() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nocomments", "+noedns", "www.example"],
        replies: &[FIX_TSIG_NOCOMMENTS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nocomments +noedns www.example\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";www.example.\t\t\tIN\tA\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "key.example.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0 4242 NOERROR 0 \n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 108\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_SIG0_PSEUDOSECTION: &[u8] = &[
    0xbf, 0x33, // ID 48947 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner www.example.
    0x00, 0x01, 0x00, 0x01, // TYPE A, CLASS IN
    0x00, 0x00, 0x00, 0x3c, // TTL 60
    0x00, 0x04, // RDLENGTH 4
    0xc0, 0x00, 0x02, 0x01, // RDATA 192.0.2.1
    0x00, // owner .
    0x00, 0x18, 0x00, 0xff, // TYPE SIG, CLASS ANY
    0x00, 0x00, 0x00, 0x00, // TTL 0
    0x00, 0x1f, // RDLENGTH 31
    0x00, 0x00, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x00, 0x65, 0x53, 0xf2, 0x2c, 0x65, 0x53, 0xf1, 0x00, // RDATA SIG(0)
    0x30, 0x39, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x01, 0x02, 0x03, 0x04,
];

#[test]
fn dig_sig0_pseudosection() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noedns", "www.example"],
        replies: &[FIX_SIG0_PSEUDOSECTION],
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
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 48947\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tA\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t60\tIN\tA\t192.0.2.1\n",
            "\n",
            ";; SIG0 PSEUDOSECTION:\n",
            ".\t\t\t0\tANY\tSIG\t0 13 0 0 20231114221820 20231114221320 12345 example. AQIDBA==\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 98\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_DNSKEY_MULTILINE: &[u8] = &[
    0x6b, 0x5e, // ID 27486 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
    0x00, 0x00, 0x0e, 0x10, // TTL 3600
    0x00, 0x44, // RDLENGTH 68
    0x01, 0x01, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 257 3 13
    0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
    0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x2e, 0x00, 0x01, // TYPE RRSIG, CLASS IN
    0x00, 0x00, 0x0e, 0x10, // TTL 3600
    0x00, 0x5b, // RDLENGTH 91
    0x00, 0x30, 0x0d, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x77, 0x35, 0x94, 0x00, 0x65, 0x53, 0xf1, 0x00, // RDATA RRSIG DNSKEY
    0x10, 0xe1, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a,
    0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, 0x60,
    0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76,
    0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x80, 0x00, // ext-rcode 0, version 0, flags 0x8000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_dnskey_multiline() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+multiline", "example", "dnskey"],
        replies: &[FIX_DNSKEY_MULTILINE],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +multiline example dnskey\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 27486\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags: do; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\tIN DNSKEY\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t3600 IN\tDNSKEY 257 3 13 (\n",
            "\t\t\t\tAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g\n",
            "\t\t\t\tISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==\n",
            "\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = 59409\n",
            "example.\t\t3600 IN\tRRSIG DNSKEY 13 1 3600 (\n",
            "\t\t\t\t20330518033320 20231114221320 4321 example.\n",
            "\t\t\t\tQEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9g\n",
            "\t\t\t\tYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+fw== )\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 233\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_DNSKEY_SPLIT_NOCRYPTO: &[u8] = &[
    0x18, 0x24, // ID 6180 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
    0x00, 0x00, 0x0e, 0x10, // TTL 3600
    0x00, 0x44, // RDLENGTH 68
    0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 256 3 13
    0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
    0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_dnskey_split_nocrypto() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+split=16", "+nocrypto", "example", "dnskey"],
        replies: &[FIX_DNSKEY_SPLIT_NOCRYPTO],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +split=16 +nocrypto example dnskey\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 6180\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\t\tIN\tDNSKEY\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t3600\tIN\tDNSKEY\t256 3 13 [key id = 59408]\n",
            "\n",
            ";; Query time: 0 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 123\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_DNSKEY_NOSPLIT_RRCOMMENTS: &[u8] = &[
    0x23, 0x39, // ID 9017 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 1, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0x30, 0x00, 0x01, // QTYPE DNSKEY, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
    0x00, 0x00, 0x0e, 0x10, // TTL 3600
    0x00, 0x44, // RDLENGTH 68
    0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY 256 3 13
    0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
    0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_dnskey_nosplit_rrcomments() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+nosplit", "+rrcomments", "example", "dnskey"],
        replies: &[FIX_DNSKEY_NOSPLIT_RRCOMMENTS],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 +nosplit +rrcomments example dnskey\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 9017\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n",
            "\n",
            ";; OPT PSEUDOSECTION:\n",
            "; EDNS: version: 0, flags:; udp: 1232\n",
            ";; QUESTION SECTION:\n",
            ";example.\t\t\tIN\tDNSKEY\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "example.\t\t3600\tIN\tDNSKEY\t256 3 13 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==  ; ZSK; alg = ECDSAP256SHA256 ; key id = 59408\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 123\n",
            "\n",
        ),
        fatal: None,
    });
}

const FIX_SHORT_SPLIT_EXPANDAAAA: &[u8] = &[
    0x87, 0x8e, // ID 34702 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, // QD 1, AN 2, NS 0, AR 1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME example.
    0x00, 0xff, 0x00, 0x01, // QTYPE ANY, QCLASS IN
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x1c, 0x00, 0x01, // TYPE AAAA, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x10, // RDLENGTH 16
    0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // RDATA 2001:db8::1
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner example.
    0x00, 0x30, 0x00, 0x01, // TYPE DNSKEY, CLASS IN
    0x00, 0x00, 0x0e, 0x10, // TTL 3600
    0x00, 0x2c, // RDLENGTH 44
    0x01, 0x00, 0x03, 0x0d, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, // RDATA DNSKEY
    0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21,
    0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x00, // OPT owner .
    0x00, 0x29, 0x04, 0xd0, // TYPE OPT, UDP payload 1232
    0x00, 0x00, 0x00, 0x00, // ext-rcode 0, version 0, flags 0x0000
    0x00, 0x00, // RDLENGTH 0
];

#[test]
fn dig_short_split_expandaaaa() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+short", "+split=8", "+expandaaaa", "example", "any"],
        replies: &[FIX_SHORT_SPLIT_EXPANDAAAA],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            "2001:0db8:0000:0000:0000:0000:0000:0001\n",
            "256 3 13 AAECAwQF BgcICQoL DA0ODxAR EhMUFRYX GBkaGxwd Hh8gISIj JCUmJw==\n",
        ),
        fatal: None,
    });
}

const FIX_ESCAPED_NAMES: &[u8] = &[
    0xef, 0xdc, // ID 61404 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example.
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0x05, 0x61, 0x2e, 0x62, 0x20, 0x63, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner a\.b\ c.example.
    0x00, 0x05, 0x00, 0x01, // TYPE CNAME, CLASS IN
    0x00, 0x00, 0x00, 0x01, // TTL 1
    0x00, 0x0b, // RDLENGTH 11
    0x01, 0x78, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA x
    0x03, 0x6f, 0x64, 0x64, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // owner odd.example.
    0x00, 0x0c, 0x00, 0x01, // TYPE PTR, CLASS IN
    0x00, 0x00, 0x00, 0x01, // TTL 1
    0x00, 0x0d, // RDLENGTH 13
    0x03, 0x00, 0xff, 0x22, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // RDATA bytes 00 ff 22
];

#[test]
fn dig_escaped_names() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "+noall", "+question", "+answer", "www.example"],
        replies: &[FIX_ESCAPED_NAMES],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(0),
        tcp: false,
        expected: concat!(
            ";www.example.\t\t\tIN\tA\n",
            "a\\.b\\032c.example.\t1\tIN\tCNAME\tx.example.\n",
            "odd.example.\t\t1\tIN\tPTR\t\\000\\255\\\".example.\n",
        ),
        fatal: None,
    });
}

const FIX_COMPRESSED_NAMES: &[u8] = &[
    0x5f, 0x8e, // ID 24462 (the query's)
    0x81, 0x80, // flags: qr rd ra opcode 0 rcode 0
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 1, NS 0, AR 0
    0x03, 0x77, 0x77, 0x77, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00, // QNAME www.example. (offset 12)
    0x00, 0x0f, 0x00, 0x01, // QTYPE MX, QCLASS IN
    0xc0, 0x0c, // owner www.example.
    0x00, 0x0f, 0x00, 0x01, // TYPE MX, CLASS IN
    0x00, 0x00, 0x01, 0x2c, // TTL 300
    0x00, 0x09, // RDLENGTH 9
    0x00, 0x05, 0x04, 0x6d, 0x61, 0x69, 0x6c, 0xc0, 0x10, // RDATA 5 mail.<ptr example.>
];

#[test]
fn dig_compressed_names() {
    check(&Case {
        args: &["-p", "5399", "@127.0.0.1", "+tries=1", "+time=2", "www.example", "mx"],
        replies: &[FIX_COMPRESSED_NAMES],
        query: None,
        cookie: CookieCheck::NotChecked,
        rtt: Duration::from_millis(4),
        tcp: false,
        expected: concat!(
            "\n",
            "; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 5399 @127.0.0.1 +tries=1 +time=2 www.example mx\n",
            "; (1 server found)\n",
            ";; global options: +cmd\n",
            ";; Got answer:\n",
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 24462\n",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n",
            "\n",
            ";; QUESTION SECTION:\n",
            ";www.example.\t\t\tIN\tMX\n",
            "\n",
            ";; ANSWER SECTION:\n",
            "www.example.\t\t300\tIN\tMX\t5 mail.example.\n",
            "\n",
            ";; Query time: 4 msec\n",
            ";; SERVER: 127.0.0.1#5399(127.0.0.1) (UDP)\n",
            ";; WHEN: Sun Nov 22 02:01:21 UTC 2026\n",
            ";; MSG SIZE  rcvd: 50\n",
            "\n",
        ),
        fatal: None,
    });
}
