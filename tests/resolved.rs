//! rlookup with a REAL systemd-resolved as the stub: the lab started with
//! `LAB_STUB=resolved ../shared/lab/start` runs resolved on 127.0.0.53,
//! forwarding to the lab's resolver at 127.0.10.1, with its own
//! /run/systemd/resolve files inside `in-lab`. Ignored by a plain `cargo
//! test`; .ci/run starts the lab in that mode and runs them with
//! `--ignored resolved::`.

use crate::harness::in_lab;

const NEEDS: &str = "needs the lab in systemd-resolved mode: LAB_STUB=resolved ../shared/lab/start (sudo .ci/run)";

#[test]
#[ignore = "needs the lab in systemd-resolved mode"]
fn stub_and_upstream_are_shown() {
    let out = in_lab(&["--servers"]);
    assert_eq!(out.status, 0, "{NEEDS}\n{out:?}");
    let stub = out.stdout.lines().find(|l| l.contains("127.0.0.53")).expect("the stub is listed");
    assert!(stub.contains("systemd-resolved stub") && stub.contains("yes"), "{stub}");
    // The upstream comes from resolved's own /run/systemd/resolve/resolv.conf.
    let up = out.stdout.lines().find(|l| l.contains("127.0.10.1")).expect("the upstream is listed");
    assert!(up.contains("systemd-resolved upstream") && up.contains("no (use --upstream)"), "{up}");
    assert!(out.stdout.contains("read from: /etc/resolv.conf, /run/systemd/resolve/resolv.conf"), "{}", out.stdout);
}

#[test]
#[ignore = "needs the lab in systemd-resolved mode"]
fn default_text_goes_through_the_stub_unchanged() {
    let out = in_lab(&["-type=mx", "concordia.ca"]);
    assert_eq!(
        out.stdout,
        "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\nNon-authoritative answer:\nconcordia.ca\tmail exchanger = 10 mx1.concordia.ca.\nconcordia.ca\tmail exchanger = 20 mx2.concordia.ca.\n\nAuthoritative answers can be found from:\n\n",
        "{NEEDS}"
    );
    assert_eq!(out.status, 0);
}

#[test]
#[ignore = "needs the lab in systemd-resolved mode"]
fn upstream_bypasses_the_stub() {
    let out = in_lab(&["--upstream", "-type=mx", "concordia.ca"]);
    assert!(out.stdout.starts_with("Server:\t\t127.0.10.1\nAddress:\t127.0.10.1#53\n\n"), "{NEEDS}\n{}", out.stdout);
    assert!(out.stdout.contains("concordia.ca\tmail exchanger = 10 mx1.concordia.ca."), "{}", out.stdout);
    let out = in_lab(&["--upstream", "--dig", "+noall", "+answer", "+stats", "google.ca"]);
    assert!(out.stdout.contains(";; SERVER: 127.0.10.1#53(127.0.10.1) (UDP)"), "{}", out.stdout);
}

#[test]
#[ignore = "needs the lab in systemd-resolved mode"]
fn udp_tcp_and_truncation_through_resolved() {
    let out = in_lab(&["-vc", "google.ca"]);
    assert!(out.stdout.contains("Address: 142.251.41.35"), "{NEEDS}\n{}", out.stdout);
    let out = in_lab(&["--dig", "+tcp", "+noall", "+answer", "+stats", "google.ca"]);
    assert!(out.stdout.contains(";; SERVER: 127.0.0.53#53(127.0.0.53) (TCP)"), "{}", out.stdout);
    // 1.5 KB of TXT: truncated over UDP even with EDNS, then TCP.
    let out = in_lab(&["--dig", "huge.edge.lab", "txt"]);
    assert!(out.stdout.contains(";; Truncated, retrying in TCP mode."), "{}", out.stdout);
    assert!(out.stdout.contains(";; SERVER: 127.0.0.53#53(127.0.0.53) (TCP)"), "{}", out.stdout);
}

#[test]
#[ignore = "needs the lab in systemd-resolved mode"]
fn json_and_table_name_the_stub_and_its_upstreams() {
    let out = in_lab(&["--json", "--dig", "google.ca"]);
    let doc: serde_json::Value = serde_json::from_str(out.stdout.lines().next().expect("a document")).expect("JSON");
    let r = &doc["rlookup"]["resolver"];
    assert_eq!(r["kind"], "systemd-resolved", "{NEEDS}\n{doc}");
    assert_eq!(r["upstreams"], serde_json::json!(["127.0.10.1"]));
    assert_eq!(r["askedUpstream"], false);
    // The tables say whom the stub forwards to only when --upstream asks.
    let out = in_lab(&["--table", "google.ca"]);
    assert!(!out.stdout.contains("systemd-resolved"), "{}", out.stdout);
    let out = in_lab(&["--table", "--upstream", "google.ca"]);
    assert!(out.stdout.contains(";; bypassing systemd-resolved's stub; asking its upstream servers: 127.0.10.1"), "{}", out.stdout);
}
