//! The capture file (`--dump=FILE.pcap`): every DNS message sent and
//! received, in a classic pcap file that Wireshark and tshark open.
//!
//! The engine reports DNS messages, not frames, so each one is wrapped in
//! synthetic headers carrying the real addresses and ports: link type
//! LINKTYPE_RAW (101, the packet starts with its IPv4 or IPv6 header), then
//! UDP, or TCP with a three-way handshake before a connection's first
//! message, sequence and acknowledgment numbers that add up, and the 2-byte
//! length prefix in the payload (split into MSS-sized segments), so that
//! Wireshark reassembles DNS over TCP and its TCP analysis finds nothing to
//! complain about. Lengths and checksums (IPv4 header, UDP, TCP) are
//! computed. [`PcapWriter::finish`] closes the TCP connections with FINs.
//!
//! Crates: `pcap-file` writes the file format (global header, record
//! headers, timestamps; `byteorder_slice`, its own byte-order crate, names
//! the byte order to its record writer, which we call directly so that we
//! can flush after every packet), `etherparse` builds the IP/UDP/TCP
//! headers with their lengths and checksums.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;
#[cfg(test)]
use std::time::SystemTime;
use std::time::{Duration, UNIX_EPOCH};

use etherparse::PacketBuilder;
use pcap_file::DataLink;
use pcap_file::pcap::{PcapHeader, PcapPacket};

use crate::response::{Direction, Packet, Protocol};

/// The largest frame recorded (Wireshark's own maximum snapshot length).
const SNAPLEN: u32 = 262_144;
/// The largest TCP payload per segment (Ethernet MTU less IP and TCP
/// headers).
const MSS_V4: usize = 1460;
const MSS_V6: usize = 1440;
/// The TCP window advertised.
const WINDOW: u16 = 65_535;
/// Hop limit / TTL of the synthetic IP headers.
const TTL: u8 = 64;

/// One TCP connection: the next sequence number of each side.
struct Connection {
    local: SocketAddr,
    peer: SocketAddr,
    /// The client's (our) next sequence number.
    local_next: u32,
    /// The server's next sequence number.
    peer_next: u32,
    /// When its last segment was written (for the closing FINs).
    last: Duration,
}

/// Writes packets to a pcap file as they are exchanged.
pub struct PcapWriter<W: Write> {
    writer: W,
    header: PcapHeader,
    /// Open TCP connections, in the order they were opened.
    connections: Vec<Connection>,
    /// IPv4 identification of the next packet.
    ip_id: u16,
}

/// Create (truncate) `path` and write the pcap header.
pub fn create(path: &Path) -> io::Result<PcapWriter<BufWriter<File>>> {
    PcapWriter::new(BufWriter::new(File::create(path)?))
}

impl<W: Write> PcapWriter<W> {
    /// Write the pcap global header to `writer`.
    pub fn new(writer: W) -> io::Result<Self> {
        let header =
            PcapHeader { snaplen: SNAPLEN, datalink: DataLink::RAW, endianness: pcap_file::Endianness::Big, ..PcapHeader::default() };
        let mut writer = writer;
        header.write_to(&mut writer).map_err(to_io)?;
        Ok(PcapWriter { writer, header, connections: Vec::new(), ip_id: 1 })
    }

    /// Record one DNS message (sent or received), flushing the file so that
    /// it is complete even if the program stops right after.
    pub fn write(&mut self, p: &Packet) -> io::Result<()> {
        let peer = p.peer;
        let local = local_address(p.local, peer);
        let ts = p.at.duration_since(UNIX_EPOCH).unwrap_or_default();
        // An encrypted exchange is written decrypted, as the DNS messages
        // rlookup sent and received over it: over TCP (with the 2-byte
        // length) for TLS and HTTP/2, over UDP for QUIC and HTTP/3, between
        // the real addresses and ports.
        match p.protocol {
            Protocol::Udp | Protocol::Quic | Protocol::H3 => {
                let (src, dst) = match p.direction {
                    Direction::Sent => (local, peer),
                    Direction::Received => (peer, local),
                };
                let frame = self.udp(src, dst, &p.bytes)?;
                self.record(ts, &frame)?;
            }
            Protocol::Tcp | Protocol::Tls | Protocol::Https | Protocol::Http => self.tcp_message(local, peer, p.direction, &p.bytes, ts)?,
        }
        self.writer.flush()
    }

    /// Close every TCP connection (FIN from us, FIN from the server, our
    /// last ACK) and return the writer, flushed.
    pub fn finish(mut self) -> io::Result<W> {
        for i in 0..self.connections.len() {
            let (local, peer, ts) = {
                let c = &self.connections[i];
                (c.local, c.peer, c.last)
            };
            let (ln, pn) = (self.connections[i].local_next, self.connections[i].peer_next);
            self.segment(local, peer, ln, Some(pn), Flags::FIN_ACK, &[], ts)?;
            self.segment(peer, local, pn, Some(ln.wrapping_add(1)), Flags::FIN_ACK, &[], ts)?;
            self.segment(local, peer, ln.wrapping_add(1), Some(pn.wrapping_add(1)), Flags::ACK, &[], ts)?;
        }
        self.connections.clear();
        self.writer.flush()?;
        Ok(self.writer)
    }

    /// One DNS message over TCP: the handshake if the connection is new,
    /// then the length-prefixed message in segments.
    fn tcp_message(&mut self, local: SocketAddr, peer: SocketAddr, dir: Direction, msg: &[u8], ts: Duration) -> io::Result<()> {
        let index = match self.connections.iter().position(|c| c.local == local && c.peer == peer) {
            Some(i) => i,
            None => {
                // Deterministic but distinct initial sequence numbers.
                let local_isn = 0x1000_0000u32.wrapping_add(u32::from(local.port()) << 8);
                let peer_isn = 0x2000_0000u32.wrapping_add(u32::from(local.port()) << 8);
                self.segment(local, peer, local_isn, None, Flags::SYN, &[], ts)?;
                self.segment(peer, local, peer_isn, Some(local_isn.wrapping_add(1)), Flags::SYN_ACK, &[], ts)?;
                self.segment(local, peer, local_isn.wrapping_add(1), Some(peer_isn.wrapping_add(1)), Flags::ACK, &[], ts)?;
                self.connections.push(Connection {
                    local,
                    peer,
                    local_next: local_isn.wrapping_add(1),
                    peer_next: peer_isn.wrapping_add(1),
                    last: ts,
                });
                self.connections.len() - 1
            }
        };
        let mut payload = Vec::with_capacity(msg.len() + 2);
        payload.extend_from_slice(&(msg.len().min(0xffff) as u16).to_be_bytes());
        payload.extend_from_slice(msg);
        let mss = if local.is_ipv4() { MSS_V4 } else { MSS_V6 };
        for chunk in payload.chunks(mss) {
            let c = &self.connections[index];
            let (src, dst, seq, ack) = match dir {
                Direction::Sent => (local, peer, c.local_next, c.peer_next),
                Direction::Received => (peer, local, c.peer_next, c.local_next),
            };
            self.segment(src, dst, seq, Some(ack), Flags::PSH_ACK, chunk, ts)?;
            let c = &mut self.connections[index];
            match dir {
                Direction::Sent => c.local_next = c.local_next.wrapping_add(chunk.len() as u32),
                Direction::Received => c.peer_next = c.peer_next.wrapping_add(chunk.len() as u32),
            }
        }
        self.connections[index].last = ts;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn segment(
        &mut self,
        src: SocketAddr,
        dst: SocketAddr,
        seq: u32,
        ack: Option<u32>,
        flags: Flags,
        payload: &[u8],
        ts: Duration,
    ) -> io::Result<()> {
        let builder = self.ip(src, dst).tcp(src.port(), dst.port(), seq, WINDOW);
        let builder = match ack {
            Some(a) => builder.ack(a),
            None => builder,
        };
        let builder = if flags.syn { builder.syn() } else { builder };
        let builder = if flags.fin { builder.fin() } else { builder };
        let builder = if flags.psh { builder.psh() } else { builder };
        let mut frame = Vec::with_capacity(builder.size(payload.len()));
        builder.write(&mut frame, payload).map_err(to_io)?;
        self.record(ts, &frame)
    }

    fn udp(&mut self, src: SocketAddr, dst: SocketAddr, payload: &[u8]) -> io::Result<Vec<u8>> {
        let builder = self.ip(src, dst).udp(src.port(), dst.port());
        let mut frame = Vec::with_capacity(builder.size(payload.len()));
        builder.write(&mut frame, payload).map_err(to_io)?;
        Ok(frame)
    }

    /// The IP header of the next packet (both addresses of one family, see
    /// `local_address`).
    fn ip(&mut self, src: SocketAddr, dst: SocketAddr) -> etherparse::PacketBuilderStep<etherparse::IpHeaders> {
        match (src.ip(), dst.ip()) {
            (IpAddr::V4(s), IpAddr::V4(d)) => {
                let mut header = etherparse::Ipv4Header::new(0, TTL, etherparse::IpNumber::UDP, s.octets(), d.octets()).unwrap_or_default();
                header.identification = self.ip_id;
                header.dont_fragment = true;
                self.ip_id = self.ip_id.wrapping_add(1);
                PacketBuilder::ip(etherparse::IpHeaders::Ipv4(header, Default::default()))
            }
            (s, d) => PacketBuilder::ipv6(v6(s).octets(), v6(d).octets(), TTL),
        }
    }

    fn record(&mut self, ts: Duration, frame: &[u8]) -> io::Result<()> {
        let packet = PcapPacket::new(ts, frame.len() as u32, frame);
        let (resolution, snaplen) = (self.header.ts_resolution, self.header.snaplen);
        packet.write_to::<_, byteorder_slice::BigEndian>(&mut self.writer, resolution, snaplen).map_err(to_io)?;
        Ok(())
    }

    /// The underlying writer.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.writer
    }
}

#[derive(Clone, Copy)]
struct Flags {
    syn: bool,
    fin: bool,
    psh: bool,
}

impl Flags {
    const SYN: Flags = Flags { syn: true, fin: false, psh: false };
    const SYN_ACK: Flags = Flags { syn: true, fin: false, psh: false };
    const ACK: Flags = Flags { syn: false, fin: false, psh: false };
    const PSH_ACK: Flags = Flags { syn: false, fin: false, psh: true };
    const FIN_ACK: Flags = Flags { syn: false, fin: true, psh: false };
}

/// Our end of the exchange: the socket's address, of the peer's family
/// (an IPv4-mapped address becomes IPv4); when unknown, the loopback
/// address of the peer's family and port 0.
fn local_address(local: Option<SocketAddr>, peer: SocketAddr) -> SocketAddr {
    match (local, peer) {
        (Some(l), p) if l.is_ipv4() == p.is_ipv4() => l,
        (Some(SocketAddr::V6(l)), SocketAddr::V4(_)) => match l.ip().to_ipv4_mapped() {
            Some(v4) => SocketAddr::new(IpAddr::V4(v4), l.port()),
            None => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), l.port()),
        },
        (Some(SocketAddr::V4(l)), SocketAddr::V6(_)) => SocketAddr::new(IpAddr::V6(l.ip().to_ipv6_mapped()), l.port()),
        (_, SocketAddr::V4(_)) => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        (_, SocketAddr::V6(_)) => SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), 0),
    }
}

fn v6(ip: IpAddr) -> Ipv6Addr {
    match ip {
        IpAddr::V6(a) => a,
        IpAddr::V4(a) => a.to_ipv6_mapped(),
    }
}

fn to_io<E: std::fmt::Display>(e: E) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e.to_string())
}

/// A time for packets made up in tests.
#[cfg(test)]
pub(crate) fn epoch_plus(secs: u64, micros: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_micros(micros)
}

#[cfg(test)]
mod tests {
    use std::net::SocketAddr;
    use std::process::Command;

    use etherparse::{NetSlice, SlicedPacket, TransportSlice};
    use pcap_file::pcap::PcapReader;

    use super::*;

    fn pkt(dir: Direction, protocol: Protocol, local: &str, peer: &str, bytes: Vec<u8>, secs: u64) -> Packet {
        let local: SocketAddr = local.parse().unwrap();
        let peer: SocketAddr = peer.parse().unwrap();
        Packet { direction: dir, protocol, local: Some(local), peer, bytes, at: epoch_plus(1_700_000_000 + secs, 250) }
    }

    /// A DNS message of `len` bytes (a query header with QR set or not,
    /// then padding bytes).
    fn msg(id: u16, response: bool, len: usize) -> Vec<u8> {
        let mut m = vec![(id >> 8) as u8, id as u8, if response { 0x81 } else { 0x01 }, 0];
        m.resize(len.max(12), 0);
        m
    }

    /// A capture of a UDP exchange, a TCP exchange with a reply of 4000
    /// bytes (three segments), and one over IPv6.
    fn sample() -> Vec<u8> {
        let mut w = PcapWriter::new(Vec::new()).unwrap();
        let (l4, p4) = ("127.0.0.1:40000", "127.0.0.53:53");
        w.write(&pkt(Direction::Sent, Protocol::Udp, l4, p4, msg(1, false, 30), 0)).unwrap();
        w.write(&pkt(Direction::Received, Protocol::Udp, l4, p4, msg(1, true, 60), 1)).unwrap();
        let l4t = "127.0.0.1:40001";
        w.write(&pkt(Direction::Sent, Protocol::Tcp, l4t, p4, msg(2, false, 30), 2)).unwrap();
        w.write(&pkt(Direction::Received, Protocol::Tcp, l4t, p4, msg(2, true, 4000), 3)).unwrap();
        let (l6, p6) = ("[::1]:40002", "[::1]:53");
        w.write(&pkt(Direction::Sent, Protocol::Udp, l6, p6, msg(3, false, 30), 4)).unwrap();
        w.write(&pkt(Direction::Sent, Protocol::Tcp, l6, p6, msg(4, false, 30), 5)).unwrap();
        w.write(&pkt(Direction::Received, Protocol::Tcp, l6, p6, msg(4, true, 100), 6)).unwrap();
        w.finish().unwrap()
    }

    #[test]
    fn frames_carry_real_addresses_lengths_and_checksums() {
        let file = sample();
        // Classic pcap, big-endian magic, LINKTYPE_RAW.
        assert_eq!(&file[..4], &[0xa1, 0xb2, 0xc3, 0xd4]);
        assert_eq!(&file[20..24], &101u32.to_be_bytes());
        let mut reader = PcapReader::new(&file[..]).unwrap();
        let mut frames = Vec::new();
        while let Some(p) = reader.next_packet() {
            frames.push(p.unwrap().into_owned());
        }
        // UDP 2 + TCP (3 handshake + 1 query + 3 reply segments) + UDP6 +
        // TCP6 (3 + 1 + 1) + closing (3 per connection).
        assert_eq!(frames.len(), 2 + 7 + 1 + 5 + 6);
        let mut tcp_payload = Vec::new();
        for f in &frames {
            assert_eq!(f.orig_len as usize, f.data.len());
            let s = SlicedPacket::from_ip(&f.data).unwrap();
            let (src, dst) = match s.net.as_ref().unwrap() {
                NetSlice::Ipv4(ip) => {
                    let h = ip.header();
                    // The IPv4 header checksum and total length.
                    assert_eq!(h.header_checksum(), h.to_header().calc_header_checksum());
                    assert_eq!(usize::from(h.total_len()), f.data.len());
                    (IpAddr::V4(h.source_addr()), IpAddr::V4(h.destination_addr()))
                }
                NetSlice::Ipv6(ip) => {
                    let h = ip.header();
                    assert_eq!(usize::from(h.payload_length()) + 40, f.data.len());
                    (IpAddr::V6(h.source_addr()), IpAddr::V6(h.destination_addr()))
                }
                _ => panic!("not IP"),
            };
            match s.transport.as_ref().unwrap() {
                TransportSlice::Udp(u) => {
                    let h = u.to_header();
                    let expected = match (src, dst) {
                        (IpAddr::V4(a), IpAddr::V4(b)) => h.calc_checksum_ipv4_raw(a.octets(), b.octets(), u.payload()).unwrap(),
                        (IpAddr::V6(a), IpAddr::V6(b)) => h.calc_checksum_ipv6_raw(a.octets(), b.octets(), u.payload()).unwrap(),
                        _ => unreachable!(),
                    };
                    assert_eq!(h.checksum, expected);
                    assert!(h.source_port == 53 || h.destination_port == 53);
                }
                TransportSlice::Tcp(t) => {
                    let h = t.to_header();
                    let expected = match (src, dst) {
                        (IpAddr::V4(a), IpAddr::V4(b)) => h.calc_checksum_ipv4_raw(a.octets(), b.octets(), t.payload()).unwrap(),
                        (IpAddr::V6(a), IpAddr::V6(b)) => h.calc_checksum_ipv6_raw(a.octets(), b.octets(), t.payload()).unwrap(),
                        _ => unreachable!(),
                    };
                    assert_eq!(h.checksum, expected);
                    if h.source_port == 53 && src.is_ipv4() {
                        tcp_payload.extend_from_slice(t.payload());
                    }
                }
                _ => panic!("not UDP or TCP"),
            }
        }
        // The server's TCP stream: the length prefix, then the message.
        assert_eq!(tcp_payload.len(), 2 + 4000);
        assert_eq!(&tcp_payload[..2], &4000u16.to_be_bytes());
        assert_eq!(&tcp_payload[2..6], &[0, 2, 0x81, 0]);
    }

    #[test]
    fn tcp_sequence_numbers_add_up() {
        let file = sample();
        let mut reader = PcapReader::new(&file[..]).unwrap();
        let mut segs = Vec::new();
        while let Some(p) = reader.next_packet() {
            let p = p.unwrap();
            let s = SlicedPacket::from_ip(&p.data).unwrap();
            if let Some(TransportSlice::Tcp(t)) = s.transport
                && s.net.as_ref().is_some_and(|n| matches!(n, NetSlice::Ipv4(_)))
            {
                segs.push((t.source_port(), t.sequence_number(), t.acknowledgment_number(), t.syn(), t.ack(), t.fin(), t.payload().len()));
            }
        }
        let (c, s) = (40001u16, 53u16);
        // SYN, SYN-ACK, ACK.
        assert!(segs[0].0 == c && segs[0].3 && !segs[0].4);
        assert!(segs[1].0 == s && segs[1].3 && segs[1].4 && segs[1].2 == segs[0].1 + 1);
        assert!(segs[2].0 == c && !segs[2].3 && segs[2].4 && segs[2].1 == segs[0].1 + 1 && segs[2].2 == segs[1].1 + 1);
        // Each side's data follows on from its previous segment, and
        // acknowledges all the other side has sent.
        let (mut cnext, mut snext) = (segs[0].1 + 1, segs[1].1 + 1);
        for seg in &segs[3..] {
            if seg.0 == c {
                assert_eq!((seg.1, seg.2), (cnext, snext));
                cnext += seg.6 as u32 + u32::from(seg.5);
            } else {
                assert_eq!(seg.1, snext);
                snext += seg.6 as u32 + u32::from(seg.5);
            }
        }
        // The connection ends with FIN, FIN, ACK.
        let n = segs.len();
        assert!(segs[n - 3].5 && segs[n - 2].5 && !segs[n - 1].5);
        // The 4002-byte reply went in MSS-sized segments.
        assert_eq!(segs.iter().filter(|x| x.0 == s && x.6 > 0).map(|x| x.6).collect::<Vec<_>>(), [1460, 1460, 1082]);
    }

    #[test]
    fn unknown_or_mixed_local_addresses() {
        let v4: SocketAddr = "192.0.2.53:53".parse().unwrap();
        let v6: SocketAddr = "[2001:db8::53]:53".parse().unwrap();
        assert_eq!(local_address(None, v4), "127.0.0.1:0".parse().unwrap());
        assert_eq!(local_address(None, v6), "[::1]:0".parse().unwrap());
        assert_eq!(local_address(Some("[::ffff:10.0.0.1]:5000".parse().unwrap()), v4), "10.0.0.1:5000".parse().unwrap());
        assert_eq!(local_address(Some("10.0.0.1:5000".parse().unwrap()), v6), "[::ffff:10.0.0.1]:5000".parse().unwrap());
    }

    /// tshark reads the capture with every checksum checked, reassembles
    /// DNS over TCP, and its TCP analysis has nothing to say.
    #[test]
    fn tshark_reads_it_cleanly() {
        if !crate::dissect::tshark_available() {
            return;
        }
        let dir = std::env::temp_dir().join(format!("rlookup-pcap-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sample.pcap");
        std::fs::write(&path, sample()).unwrap();
        let out = Command::new("tshark")
            .args(["-n", "-V", "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-r"])
            .arg(&path)
            .env("HOME", &dir)
            .output()
            .unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(text.matches("Domain Name System (").count(), 7, "{text}");
        assert_eq!(text.matches("[Header checksum status: Good]").count(), 12, "{text}");
        assert_eq!(text.matches("[Checksum Status: Good]").count(), 21, "{text}");
        assert!(!text.contains("Bad") && !text.contains("Malformed"), "{text}");
        assert!(text.contains("[3 Reassembled TCP Segments (4002 bytes)"), "{text}");
        // TCP analysis sees opening and closing handshakes only: no lost
        // segments, unseen ACKs, retransmissions or duplicates.
        assert!(!text.contains("Expert Info (Warning/Sequence)"), "{text}");
        for problem in ["not captured", "unseen", "etransmission", "Out-Of-Order", "Dup ACK", "Spurious"] {
            assert!(!text.contains(problem), "{problem}: {text}");
        }
    }
}
