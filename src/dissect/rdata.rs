//! The RDATA of one record as packet-dns.c's dissect_dns_answer() reads
//! it, type by type (including the EDNS options of OPT, SVCB parameters and
//! type bitmaps), with its reads past RDLENGTH that only the end of the
//! message stops.
//!
//! `Dissector::rdata` is called by the record walk in `super` and adds the
//! RDATA's items under the record's item in the tree, which
//! `super::Dissection` then returns.

use data_encoding::BASE32HEX_NOPAD;

use super::fields::*;
use super::text::*;
use super::{Dissector, Enc, Id, R};

impl Dissector<'_> {
    /// dissect_type_bitmap(): the NSEC/NSEC3/CSYNC window blocks. Reads on
    /// while `rr_len` is not zero, even past the RDATA.
    fn type_bitmap(&mut self, rr: Id, mut cur: i64, mut rr_len: i64) -> R<()> {
        let t = self.tvb;
        while rr_len != 0 {
            let blockbase = i64::from(t.u8(cur)?);
            let mut blocksize = i64::from(t.u8(cur + 1)?);
            cur += 2;
            rr_len -= 2;
            let mut rr_type = blockbase * 256;
            while blocksize != 0 {
                let bits = t.u8(cur)?;
                for i in 0..8 {
                    if bits & (0x80 >> i) != 0 {
                        let text = format!("RR type in bit map: {}", val_or_unknown(rr_type as u32, TYPE_DESCRIPTIONS));
                        self.add_uint_format(rr, &HF_RR_TYPE, cur, 1, text)?;
                    }
                    rr_type += 1;
                }
                cur += 1;
                rr_len -= 1;
                blocksize -= 1;
            }
        }
        Ok(())
    }

    /// dissect_type_bitmap_nxt(): NXT's plain bitmap.
    fn type_bitmap_nxt(&mut self, rr: Id, mut cur: i64, mut rr_len: i64) -> R<()> {
        let t = self.tvb;
        let mut rr_type: i64 = 0;
        while rr_len != 0 {
            let bits = t.u8(cur)?;
            for i in 0..8 {
                if bits & (0x80 >> i) != 0 {
                    let text = format!("RR type in bit map: {}", val_or_unknown(rr_type as u32, TYPE_DESCRIPTIONS));
                    self.add_uint_format(rr, &HF_RR_TYPE, cur, 1, text)?;
                }
                rr_type += 1;
            }
            cur += 1;
            rr_len -= 1;
        }
        Ok(())
    }

    /// compute_key_id(): RFC 4034 appendix B over the RDATA (RSA/MD5: from
    /// the modulus); a generated `Key id` item, or an expert note.
    fn key_id(&mut self, rr: Id, hf: &Hf, off: i64, size: i64, algo: u8) -> R<()> {
        let t = self.tvb;
        if size < 4 {
            let id = self.add_expert_text(rr, &EI_KEY_ID_SHORT, off, size)?;
            self.tree.set_generated(id);
            return Ok(());
        }
        let key_id = if algo == 1 {
            (u16::from(t.u8(off + size - 3)?) << 8).wrapping_add(u16::from(t.u8(off + size - 2)?))
        } else {
            let mut ac: u32 = 0;
            let (mut o, mut s) = (off, size);
            while s > 1 {
                ac = ac.wrapping_add((u32::from(t.u8(o)?) << 8) + u32::from(t.u8(o + 1)?));
                s -= 2;
                o += 2;
            }
            if s > 0 {
                ac = ac.wrapping_add(u32::from(t.u8(o)?) << 8);
            }
            ac = ac.wrapping_add((ac >> 16) & 0xffff);
            (ac & 0xffff) as u16
        };
        self.add_generated(rr, hf, 0, 0, key_id.into())?;
        Ok(())
    }

    /// rfc1867_size(): "%g m" of a LOC size/precision byte.
    fn loc_size(&self, off: i64) -> R<String> {
        let v = self.tvb.u8(off)?;
        let mut size = f64::from(v >> 4);
        for _ in 0..(v & 0x0f) {
            size *= 10.0;
        }
        Ok(format!(" ({} m)", fmt_g(size / 100.0)))
    }

    /// rfc1867_angle().
    fn loc_angle(&self, off: i64, longitude: bool) -> R<String> {
        let mut angle = self.tvb.u32(off)?;
        let direction;
        if angle < 0x8000_0000 {
            angle = 0x8000_0000 - angle;
            direction = if longitude { 'W' } else { 'S' };
        } else {
            angle -= 0x8000_0000;
            direction = if longitude { 'E' } else { 'N' };
        }
        if (longitude && angle > 648_000_000) || (!longitude && angle > 324_000_000) {
            return Ok(" (Value out of range)".into());
        }
        let tsecs = angle % 1000;
        angle /= 1000;
        let secs = angle % 60;
        angle /= 60;
        let minutes = angle % 60;
        let degrees = angle / 60;
        Ok(format!(" ({degrees} deg {minutes} min {secs}.{tsecs:03} sec {direction})"))
    }

    /// The RDATA of one record, type by type as packet-dns.c reads it
    /// (including its reads past RDLENGTH, which are only stopped by the end
    /// of the message).
    pub(super) fn rdata(&mut self, rr: Id, dns_type: u16, rdata: i64, data_len: i64, data_off: i64) -> R<()> {
        let t = self.tvb;
        let mut cur = rdata;
        match dns_type {
            T_A => {
                let addr = ipv4_text(t.bytes(cur, 4)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_A, cur, 4, Enc::Na)?;
            }
            T_NS => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", ns {name}"));
                self.add_string(rr, &HF_NS, cur, used, name.as_bytes())?;
            }
            T_MD | T_MF | T_MB | T_MG | T_MR | T_NSAP_PTR => {
                let hf = match dns_type {
                    T_MD => &HF_MD,
                    T_MF => &HF_MF,
                    T_MB => &HF_MB,
                    T_MG => &HF_MG,
                    T_MR => &HF_MR,
                    _ => &HF_NSAP_PTR_OWNER,
                };
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, hf, cur, used, name.as_bytes())?;
            }
            T_CNAME => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", cname {name}"));
                self.add_string(rr, &HF_CNAME, cur, used, name.as_bytes())?;
            }
            T_SOA => {
                let (mname, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", mname {mname}"));
                self.add_string(rr, &HF_SOA_MNAME, cur, used, mname.as_bytes())?;
                cur += used;
                let (rname, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_SOA_RNAME, cur, used, rname.as_bytes())?;
                cur += used;
                self.item(rr, &HF_SOA_SERIAL, cur, 4, Enc::Na)?;
                cur += 4;
                for hf in [&HF_SOA_REFRESH, &HF_SOA_RETRY, &HF_SOA_EXPIRE, &HF_SOA_MINIMUM] {
                    let id = self.item(rr, hf, cur, 4, Enc::Na)?;
                    let v = t.u32(cur)?;
                    self.tree.append(id, &format!(" ({})", time_secs_text(v)));
                    cur += 4;
                }
            }
            T_NULL => {
                self.item(rr, &HF_NULL, cur, data_len, Enc::Na)?;
            }
            T_WKS => {
                let mut rr_len = data_len;
                let addr = ipv4_text(t.bytes(cur, 4)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_WKS_ADDRESS, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_WKS_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let mut port: u32 = 0;
                while rr_len != 0 {
                    let bits = t.u8(cur)?;
                    if bits != 0 {
                        let mut names = Vec::new();
                        for i in 0..8 {
                            if bits & (0x80 >> i) != 0 {
                                names.push(port.to_string());
                            }
                            port += 1;
                        }
                        let id = self.item(rr, &HF_WKS_BITS, cur, 1, Enc::Na)?;
                        self.tree.append(id, &format!(" ({})", names.join(", ")));
                    } else {
                        port += 8;
                    }
                    cur += 1;
                    rr_len -= 1;
                }
            }
            T_PTR => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", {name}"));
                self.add_string(rr, &HF_PTR, cur, used, name.as_bytes())?;
            }
            T_HINFO => {
                let cpu_len = i64::from(t.u8(cur)?);
                let cpu = ascii_string(t.bytes(cur + 1, cpu_len)?);
                let os_off = cur + 1 + cpu_len;
                let os_len = i64::from(t.u8(os_off)?);
                let os = ascii_string(t.bytes(os_off + 1, os_len)?);
                let cpu_shown = precision_str(&cpu, cpu_len);
                let os_shown = precision_str(&os, os_len);
                self.tree.append(rr, &format!(", CPU {cpu_shown}, OS {os_shown}"));
                self.item(rr, &HF_HINFO_CPU_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_HINFO_CPU, cur, cpu_len, Enc::Ascii)?;
                cur += cpu_len;
                self.item(rr, &HF_HINFO_OS_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_HINFO_OS, cur, os_len, Enc::Ascii)?;
            }
            T_MINFO | T_RP => {
                let (h1, h2) = if dns_type == T_MINFO { (&HF_MINFO_R, &HF_MINFO_E) } else { (&HF_RP_MAILBOX, &HF_RP_TXT_RR) };
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, h1, cur, used, name.as_bytes())?;
                cur += used;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, h2, cur, used, name.as_bytes())?;
            }
            T_MX => {
                let preference = t.u16(cur)?;
                let (name, used) = self.name_out(cur + 2, data_off)?;
                self.tree.append(rr, &format!(", preference {preference}, mx {name}"));
                self.item(rr, &HF_MX_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                self.add_string(rr, &HF_MX_EXCHANGE, cur, used, name.as_bytes())?;
            }
            T_TXT | T_SPF => {
                let (hl, hs) = if dns_type == T_TXT { (&HF_TXT_LENGTH, &HF_TXT) } else { (&HF_SPF_LENGTH, &HF_SPF) };
                let mut rr_len = data_len;
                while rr_len != 0 {
                    let len = i64::from(t.u8(cur)?);
                    self.item(rr, hl, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    self.item(rr, hs, cur, len, Enc::Ascii)?;
                    cur += len;
                    rr_len -= len;
                }
            }
            T_AFSDB | T_RT => {
                let (hp, hn) = if dns_type == T_AFSDB { (&HF_AFSDB_SUBTYPE, &HF_AFSDB_HOSTNAME) } else { (&HF_RT_PREFERENCE, &HF_RT_HOST) };
                let (name, used) = self.name_out(cur + 2, data_off)?;
                self.item(rr, hp, cur, 2, Enc::Na)?;
                cur += 2;
                self.add_string(rr, hn, cur, used, name.as_bytes())?;
            }
            T_X25 => {
                self.item(rr, &HF_X25_LENGTH, cur, 1, Enc::Na)?;
                let len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_X25_ADDRESS, cur, len, Enc::Ascii)?;
            }
            T_ISDN => {
                let mut rr_len = data_len;
                self.item(rr, &HF_ISDN_LENGTH, cur, 1, Enc::Na)?;
                let len = i64::from(t.u8(cur)?);
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_ISDN_ADDRESS, cur, len, Enc::Ascii)?;
                cur += len;
                rr_len -= len;
                if rr_len > 1 {
                    self.item(rr, &HF_ISDN_SA_LENGTH, cur, 1, Enc::Na)?;
                    let sa_len = i64::from(t.u8(cur)?);
                    cur += 1;
                    self.item(rr, &HF_ISDN_SA, cur, sa_len, Enc::Ascii)?;
                }
            }
            T_NSAP => {
                self.item(rr, &HF_NSAP_RDATA, cur, data_len, Enc::Na)?;
            }
            T_KEY => {
                let mut rr_len = data_len;
                let tf = self.item(rr, &HF_KEY_FLAGS, cur, 2, Enc::Na)?;
                let flags = t.u16(cur)?;
                self.item(tf, &HF_KEY_FLAGS_AUTH, cur, 2, Enc::Na)?;
                self.item(tf, &HF_KEY_FLAGS_CONF, cur, 2, Enc::Na)?;
                if flags & 0xc000 != 0xc000 {
                    for hf in [
                        &HF_KEY_FLAGS_REQUIRED,
                        &HF_KEY_FLAGS_USER,
                        &HF_KEY_FLAGS_ENTITY,
                        &HF_KEY_FLAGS_IPSEC,
                        &HF_KEY_FLAGS_MIME,
                        &HF_KEY_FLAGS_SIGNATORY,
                    ] {
                        self.item(tf, hf, cur, 2, Enc::Na)?;
                    }
                }
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_KEY_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_KEY_ALGORITHM, cur, 1, Enc::Na)?;
                let algo = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.key_id(rr, &HF_KEY_KEY_ID, cur - 4, rr_len + 4, algo)?;
                if rr_len != 0 {
                    self.item(rr, &HF_KEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
                }
            }
            T_PX => {
                self.item(rr, &HF_PX_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_PX_MAP822, cur, used, name.as_bytes())?;
                cur += used;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_PX_MAPX400, cur, used, name.as_bytes())?;
            }
            T_GPOS => {
                for (hl, hs) in [(&HF_GPOS_LONG_LEN, &HF_GPOS_LONG), (&HF_GPOS_LAT_LEN, &HF_GPOS_LAT), (&HF_GPOS_ALT_LEN, &HF_GPOS_ALT)] {
                    self.item(rr, hl, cur, 1, Enc::Na)?;
                    let len = i64::from(t.u8(cur)?);
                    cur += 1;
                    self.item(rr, hs, cur, len, Enc::Ascii)?;
                    cur += len;
                }
            }
            T_AAAA => {
                let addr = ipv6_text(t.bytes(cur, 16)?);
                self.tree.append(rr, &format!(", addr {addr}"));
                self.item(rr, &HF_AAAA, cur, 16, Enc::Na)?;
            }
            T_LOC => {
                let version = t.u8(cur)?;
                self.item(rr, &HF_LOC_VERSION, cur, 1, Enc::Na)?;
                if version == 0 {
                    cur += 1;
                    for hf in [&HF_LOC_SIZE, &HF_LOC_HPREC, &HF_LOC_VPREC] {
                        let id = self.item(rr, hf, cur, 1, Enc::Na)?;
                        let text = self.loc_size(cur)?;
                        self.tree.append(id, &text);
                        cur += 1;
                    }
                    let id = self.item(rr, &HF_LOC_LATITUDE, cur, 4, Enc::Na)?;
                    let text = self.loc_angle(cur, false)?;
                    self.tree.append(id, &text);
                    cur += 4;
                    let id = self.item(rr, &HF_LOC_LONGITUDE, cur, 4, Enc::Na)?;
                    let text = self.loc_angle(cur, true)?;
                    self.tree.append(id, &text);
                    cur += 4;
                    let id = self.item(rr, &HF_LOC_ALTITUDE, cur, 4, Enc::Na)?;
                    let alt = t.u32(cur)? as i32;
                    let metres = f64::from(alt.wrapping_sub(10_000_000)) / 100.0;
                    self.tree.append(id, &format!(" ({} m)", fmt_g(metres)));
                } else {
                    self.item(rr, &HF_LOC_UNKNOWN, cur, data_len, Enc::Na)?;
                }
            }
            T_NXT => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", next domain name {name}"));
                self.add_string(rr, &HF_NXT_NEXT, cur, used, name.as_bytes())?;
                cur += used;
                self.type_bitmap_nxt(rr, cur, data_len - used)?;
            }
            T_SRV => {
                self.item(rr, &HF_SRV_PRIORITY, cur, 2, Enc::Na)?;
                let priority = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_SRV_WEIGHT, cur, 2, Enc::Na)?;
                let weight = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_SRV_PORT, cur, 2, Enc::Na)?;
                let port = t.u16(cur)?;
                cur += 2;
                let (target, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_SRV_TARGET, cur, used, target.as_bytes())?;
                self.tree.append(rr, &format!(", priority {priority}, weight {weight}, port {port}, target {target}"));
            }
            T_NAPTR => {
                self.item(rr, &HF_NAPTR_ORDER, cur, 2, Enc::Na)?;
                let order = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_NAPTR_PREFERENCE, cur, 2, Enc::Na)?;
                let preference = t.u16(cur)?;
                cur += 2;
                self.item(rr, &HF_NAPTR_FLAGS_LENGTH, cur, 1, Enc::Na)?;
                let flags_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_FLAGS, cur, flags_len, Enc::Ascii)?;
                let flags = ascii_string(t.bytes(cur, flags_len)?);
                cur += flags_len;
                self.item(rr, &HF_NAPTR_SERVICE_LENGTH, cur, 1, Enc::Na)?;
                let service_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_SERVICE, cur, service_len, Enc::Ascii)?;
                cur += service_len;
                self.item(rr, &HF_NAPTR_REGEX_LENGTH, cur, 1, Enc::Na)?;
                let regex_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NAPTR_REGEX, cur, regex_len, Enc::Ascii)?;
                cur += regex_len;
                let (name, used) = self.get_name(cur, data_off)?;
                let name_out = format_text(name.shown());
                self.add_generated(rr, &HF_NAPTR_REPLACEMENT_LENGTH, cur, 0, name.len as u32)?;
                self.add_string(rr, &HF_NAPTR_REPLACEMENT, cur, used, name_out.as_bytes())?;
                let flags = String::from_utf8_lossy(cstr(&flags)).into_owned();
                self.tree.append(rr, &format!(", order {order}, preference {preference}, flags {flags}"));
            }
            T_KX => {
                let (name, used) = self.name_out(cur + 2, data_off)?;
                let preference = t.u16(cur)?;
                self.tree.append(rr, &format!(", preference {preference}, kx {name}"));
                self.item(rr, &HF_KX_PREFERENCE, cur, 2, Enc::Na)?;
                self.add_string(rr, &HF_KX_EXCHANGE, cur + 2, used, name.as_bytes())?;
            }
            T_CERT => {
                let mut rr_len = data_len;
                self.item(rr, &HF_CERT_TYPE, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_CERT_KEY_TAG, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_CERT_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                if rr_len != 0 {
                    self.item(rr, &HF_CERT_CERTIFICATE, cur, rr_len, Enc::Na)?;
                }
            }
            T_A6 => {
                // pre_len, suf_len and the suffix's octet count are C
                // `unsigned short`s: a prefix over 128 bits wraps them.
                let a6_off = cur;
                let pre_len = i64::from(t.u8(cur)?);
                cur += 1;
                let suf_len = i64::from((128 - pre_len) as u16);
                let suf_octets = if suf_len != 0 { i64::from(((suf_len - 1) / 8 + 1) as u16) } else { 0 };
                let mut suffix = [0u8; 16];
                for slot in suffix.iter_mut().skip((16 - suf_octets).max(0) as usize) {
                    *slot = t.u8(cur)?;
                    cur += 1;
                }
                let (pname, used) = if pre_len > 0 { self.name_out(cur, data_off)? } else { (String::new(), 0) };
                let suffix_text = ipv6_text(&suffix);
                self.item(rr, &HF_A6_PREFIX_LEN, a6_off, 1, Enc::Na)?;
                if suf_len != 0 {
                    self.add_addr(rr, &HF_A6_SUFFIX, a6_off + 1, suf_octets, suffix_text.clone())?;
                }
                if pre_len > 0 {
                    self.add_string(rr, &HF_A6_PREFIX_NAME, a6_off + 1 + suf_octets, used, pname.as_bytes())?;
                }
                self.tree.append(rr, &format!(", addr {pre_len} {suffix_text} {pname}"));
            }
            T_DNAME => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", dname {name}"));
                self.add_string(rr, &HF_DNAME, cur, used, name.as_bytes())?;
            }
            T_OPT => self.opt_options(rr, cur, data_len)?,
            T_APL => {
                let mut rr_len = data_len;
                while rr_len > 1 {
                    let afamily = t.u16(cur)?;
                    self.item(rr, &HF_APL_FAMILY, cur, 2, Enc::Na)?;
                    cur += 2;
                    rr_len -= 2;
                    self.item(rr, &HF_APL_PREFIX, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    let afd_len = i64::from(t.u8(cur)? & 0x7f);
                    self.item(rr, &HF_APL_NEGATION, cur, 1, Enc::Na)?;
                    self.item(rr, &HF_APL_AFDLENGTH, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                    if afamily == 1 && afd_len <= 4 {
                        let mut a = [0u8; 4];
                        a[..afd_len as usize].copy_from_slice(t.bytes(cur, afd_len)?);
                        self.add_addr(rr, &HF_APL_IPV4, cur, afd_len, ipv4_text(&a))?;
                    } else if afamily == 2 && afd_len <= 16 {
                        let mut a = [0u8; 16];
                        a[..afd_len as usize].copy_from_slice(t.bytes(cur, afd_len)?);
                        self.add_addr(rr, &HF_APL_IPV6, cur, afd_len, ipv6_text(&a))?;
                    } else {
                        self.item(rr, &HF_APL_DATA, cur, afd_len, Enc::Na)?;
                    }
                    cur += afd_len;
                    rr_len -= afd_len;
                }
            }
            T_DS | T_CDS | T_DLV => {
                let mut rr_len = data_len;
                self.item(rr, &HF_DS_KEY_ID, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_DS_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DS_DIGEST_TYPE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DS_DIGEST, cur, rr_len, Enc::Na)?;
            }
            T_SSHFP => {
                let mut rr_len = data_len;
                self.item(rr, &HF_SSHFP_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_SSHFP_TYPE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                if rr_len != 0 {
                    self.item(rr, &HF_SSHFP_FINGERPRINT, cur, rr_len, Enc::Na)?;
                }
            }
            T_IPSECKEY => {
                let mut rr_len = data_len;
                self.item(rr, &HF_IPSECKEY_PRECEDENCE, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_IPSECKEY_TYPE, cur, 1, Enc::Na)?;
                let gw_type = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_IPSECKEY_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                match gw_type {
                    1 => {
                        self.item(rr, &HF_IPSECKEY_IPV4, cur, 4, Enc::Na)?;
                        cur += 4;
                        rr_len -= 4;
                    }
                    2 => {
                        self.item(rr, &HF_IPSECKEY_IPV6, cur, 16, Enc::Na)?;
                        cur += 16;
                        rr_len -= 16;
                    }
                    3 => {
                        let (name, used) = self.name_out(cur, data_off)?;
                        self.add_string(rr, &HF_IPSECKEY_DNS, cur, used, name.as_bytes())?;
                        cur += used;
                        rr_len -= used;
                    }
                    _ => {}
                }
                if rr_len != 0 {
                    self.item(rr, &HF_IPSECKEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
                }
            }
            T_RRSIG | T_SIG => {
                let mut rr_len = data_len;
                self.item(rr, &HF_RRSIG_TYPE_COVERED, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_RRSIG_ALGORITHM, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_RRSIG_LABELS, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let id = self.item(rr, &HF_RRSIG_ORIGINAL_TTL, cur, 4, Enc::Na)?;
                let ttl = t.u32(cur)?;
                self.tree.append(id, &format!(" ({})", time_secs_text(ttl)));
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_EXPIRATION, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_INCEPTION, cur, 4, Enc::Na)?;
                cur += 4;
                rr_len -= 4;
                self.item(rr, &HF_RRSIG_KEY_TAG, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_RRSIG_SIGNER, cur, used, name.as_bytes())?;
                cur += used;
                rr_len -= used;
                if rr_len != 0 {
                    self.item(rr, &HF_RRSIG_SIGNATURE, cur, rr_len, Enc::Na)?;
                }
            }
            T_NSEC => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.tree.append(rr, &format!(", next domain name {name}"));
                self.add_string(rr, &HF_NSEC_NEXT, cur, used, name.as_bytes())?;
                cur += used;
                self.type_bitmap(rr, cur, data_len - used)?;
            }
            T_DNSKEY | T_CDNSKEY => {
                let mut rr_len = data_len;
                let tf = self.item(rr, &HF_DNSKEY_FLAGS, cur, 2, Enc::Na)?;
                for hf in [&HF_DNSKEY_ZONE_KEY, &HF_DNSKEY_REVOKED, &HF_DNSKEY_SEP, &HF_DNSKEY_RESERVED] {
                    self.item(tf, hf, cur, 2, Enc::Na)?;
                }
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_DNSKEY_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_DNSKEY_ALGORITHM, cur, 1, Enc::Na)?;
                let algo = t.u8(cur)?;
                cur += 1;
                rr_len -= 1;
                self.key_id(rr, &HF_DNSKEY_KEY_ID, cur - 4, rr_len + 4, algo)?;
                self.item(rr, &HF_DNSKEY_PUBLIC_KEY, cur, rr_len, Enc::Na)?;
            }
            T_DHCID => {
                self.item(rr, &HF_DHCID, cur, data_len, Enc::Na)?;
            }
            T_NSEC3 => {
                let initial = cur;
                self.item(rr, &HF_NSEC3_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                let flags = self.item(rr, &HF_NSEC3_FLAGS, cur, 1, Enc::Na)?;
                self.item(flags, &HF_NSEC3_OPTOUT, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_ITERATIONS, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_NSEC3_SALT_LENGTH, cur, 1, Enc::Na)?;
                let salt_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NSEC3_SALT_VALUE, cur, salt_len, Enc::Na)?;
                cur += salt_len;
                self.item(rr, &HF_NSEC3_HASH_LENGTH, cur, 1, Enc::Na)?;
                let hash_len = i64::from(t.u8(cur)?);
                cur += 1;
                if hash_len != 0 {
                    // packet-dns.c reads 5 bits at a time while the group
                    // starts inside the hash: ceil(8 * hash_len / 5)
                    // lower-case base32hex digits, the last one completed
                    // with the bits of the byte after the hash (and a
                    // bounds error if there is none), not with zeros. So
                    // encode up to the byte holding the last bit read.
                    let digits = (8 * hash_len + 4) / 5;
                    let used = t.bytes(cur, (5 * digits - 1) / 8 + 1)?;
                    let mut hash = BASE32HEX_NOPAD.encode(used);
                    hash.truncate(digits as usize);
                    hash.make_ascii_lowercase();
                    let id = self.add_string(rr, &HF_NSEC3_HASH_VALUE, cur, hash_len, hash.as_bytes())?;
                    self.tree.set_generated(id);
                    cur += hash_len;
                }
                let rr_len = data_len - (cur - initial);
                self.type_bitmap(rr, cur, rr_len)?;
            }
            T_NSEC3PARAM => {
                self.item(rr, &HF_NSEC3_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_FLAGS, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_NSEC3_ITERATIONS, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_NSEC3_SALT_LENGTH, cur, 1, Enc::Na)?;
                let salt_len = i64::from(t.u8(cur)?);
                cur += 1;
                self.item(rr, &HF_NSEC3_SALT_VALUE, cur, salt_len, Enc::Na)?;
            }
            T_TLSA => {
                let mut rr_len = data_len;
                for hf in [&HF_TLSA_USAGE, &HF_TLSA_SELECTOR, &HF_TLSA_MATCHING] {
                    self.item(rr, hf, cur, 1, Enc::Na)?;
                    cur += 1;
                    rr_len -= 1;
                }
                self.item(rr, &HF_TLSA_DATA, cur, rr_len, Enc::Na)?;
            }
            T_HIP => {
                let mut rr_len = data_len;
                let hit_len = i64::from(t.u8(cur)?);
                self.item(rr, &HF_HIP_HIT_LENGTH, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                self.item(rr, &HF_HIP_PK_ALGO, cur, 1, Enc::Na)?;
                cur += 1;
                rr_len -= 1;
                let pk_len = i64::from(t.u16(cur)?);
                self.item(rr, &HF_HIP_PK_LENGTH, cur, 2, Enc::Na)?;
                cur += 2;
                rr_len -= 2;
                self.item(rr, &HF_HIP_HIT, cur, hit_len, Enc::Na)?;
                cur += hit_len;
                rr_len -= hit_len;
                self.item(rr, &HF_HIP_PK, cur, pk_len, Enc::Na)?;
                cur += pk_len;
                rr_len -= pk_len;
                while rr_len > 1 {
                    let (name, used) = self.name_out(cur, data_off)?;
                    self.add_string(rr, &HF_HIP_RENDEZVOUS, cur, used, name.as_bytes())?;
                    cur += used;
                    rr_len -= used;
                }
            }
            T_OPENPGPKEY => {
                self.item(rr, &HF_OPENPGPKEY, cur, data_len, Enc::Ascii)?;
            }
            T_CSYNC => {
                let initial = cur;
                self.item(rr, &HF_CSYNC_SOA, cur, 4, Enc::Na)?;
                cur += 4;
                let f = self.item(rr, &HF_CSYNC_FLAGS, cur, 2, Enc::Na)?;
                self.item(f, &HF_CSYNC_IMMEDIATE, cur, 2, Enc::Na)?;
                self.item(f, &HF_CSYNC_SOAMINIMUM, cur, 2, Enc::Na)?;
                cur += 2;
                let rr_len = data_len - (cur - initial);
                self.item(rr, &HF_CSYNC_BITMAP, cur, rr_len, Enc::Na)?;
                self.type_bitmap(rr, cur, rr_len)?;
            }
            T_ZONEMD => {
                self.item(rr, &HF_ZONEMD_SERIAL, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_ZONEMD_SCHEME, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_ZONEMD_HASH, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, &HF_ZONEMD_DIGEST, cur, data_len - 6, Enc::Na)?;
            }
            T_SVCB | T_HTTPS => self.svcb(rr, cur, data_len, data_off)?,
            T_NID | T_L64 => {
                let (hp, hv) = if dns_type == T_NID { (&HF_NID_PREFERENCE, &HF_NID) } else { (&HF_L64_PREFERENCE, &HF_L64) };
                self.item(rr, hp, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, hv, cur, 8, Enc::Na)?;
            }
            T_L32 => {
                self.item(rr, &HF_L32_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_L32, cur, 4, Enc::Na)?;
            }
            T_LP => {
                self.item(rr, &HF_LP_PREFERENCE, cur, 2, Enc::Na)?;
                cur += 2;
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_LP, cur, used, name.as_bytes())?;
            }
            T_EUI48 => {
                self.item(rr, &HF_EUI48, cur, 6, Enc::Na)?;
            }
            T_EUI64 => {
                self.item(rr, &HF_EUI64, cur, 8, Enc::Na)?;
            }
            T_TKEY => {
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_TKEY_ALGO_NAME, cur, used, name.as_bytes())?;
                cur += used;
                self.item(rr, &HF_TKEY_INCEPTION, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_TKEY_EXPIRATION, cur, 4, Enc::Na)?;
                cur += 4;
                self.item(rr, &HF_TKEY_MODE, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TKEY_ERROR, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TKEY_KEY_SIZE, cur, 2, Enc::Na)?;
                let key_len = i64::from(t.u16(cur)?);
                cur += 2;
                if key_len != 0 {
                    self.item(rr, &HF_TKEY_KEY_DATA, cur, key_len, Enc::Na)?;
                    cur += key_len;
                }
                self.item(rr, &HF_TKEY_OTHER_SIZE, cur, 2, Enc::Na)?;
                let other_len = i64::from(t.u16(cur)?);
                cur += 2;
                if other_len != 0 {
                    self.item(rr, &HF_TKEY_OTHER_DATA, cur, other_len, Enc::Na)?;
                }
            }
            T_TSIG => {
                let (name, used) = self.get_name(cur, data_off)?;
                let algname = format_text(name.shown());
                self.add_string(rr, &HF_TSIG_ALGORITHM, cur, used, algname.as_bytes())?;
                cur += used;
                let b = t.bytes(cur, 6)?;
                let secs = b.iter().fold(0i64, |acc, &x| (acc << 8) | i64::from(x));
                let id =
                    self.tree.add(Some(rr), HF_TSIG_TIME_SIGNED.abbrev, label_fill("", HF_TSIG_TIME_SIGNED.name, &abs_time_text(secs)));
                if t.u16(cur)? != 0 {
                    self.tree.append(id, " (high bits set)");
                }
                cur += 6;
                self.item(rr, &HF_TSIG_FUDGE, cur, 2, Enc::Na)?;
                cur += 2;
                let siglen = i64::from(t.u16(cur)?);
                self.item(rr, &HF_TSIG_MAC_SIZE, cur, 2, Enc::Na)?;
                cur += 2;
                if siglen != 0 {
                    let mac = self.item(rr, &HF_TSIG_MAC, cur, siglen, Enc::Na)?;
                    // The raw name, as packet-dns.c prints it (to its NUL).
                    let raw = String::from_utf8_lossy(cstr(&name.text)).into_owned();
                    self.expert(mac, &EI_TSIG_ALG, format!("No dissector for algorithm:{raw}"));
                    cur += siglen;
                }
                self.item(rr, &HF_TSIG_ORIGINAL_ID, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TSIG_ERROR, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_TSIG_OTHER_LEN, cur, 2, Enc::Na)?;
                let other_len = i64::from(t.u16(cur)?);
                cur += 2;
                if other_len != 0 {
                    self.item(rr, &HF_TSIG_OTHER_DATA, cur, other_len, Enc::Na)?;
                }
            }
            T_CAA => {
                let flags = self.item(rr, &HF_CAA_FLAGS, cur, 1, Enc::Na)?;
                self.item(flags, &HF_CAA_CRITICAL, cur, 1, Enc::Na)?;
                cur += 1;
                let tag_len = i64::from(t.u8(cur)?);
                let tag = ascii_string(t.bytes(cur + 1, tag_len)?);
                let value_len = i64::from((data_len - (tag_len + 2)) as u16);
                let value_conv = ascii_string(t.bytes(cur + 1 + tag_len, value_len)?);
                let value = format_text(&value_conv[..(value_len as usize).min(value_conv.len())]);
                let hf = if c_strncmp(&tag, b"issue", tag_len as usize) {
                    &HF_CAA_ISSUE
                } else if c_strncmp(&tag, b"issuewild", tag_len as usize) {
                    &HF_CAA_ISSUEWILD
                } else if c_strncmp(&tag, b"iodef", tag_len as usize) {
                    &HF_CAA_IODEF
                } else {
                    &HF_CAA_UNKNOWN
                };
                let item = self.add_string(rr, hf, cur, 1 + tag_len + value_len, value.as_bytes())?;
                self.add_uint(item, &HF_CAA_TAG_LENGTH, cur, 1, tag_len as u32)?;
                self.add_string(item, &HF_CAA_TAG, cur + 1, tag_len, &tag)?;
                self.add_string(item, &HF_CAA_VALUE, cur + 1 + tag_len, value_len, value.as_bytes())?;
            }
            T_WINS => {
                let mut rr_len = data_len;
                for hf in [&HF_WINS_LOCAL_FLAG, &HF_WINS_LOOKUP_TIMEOUT, &HF_WINS_CACHE_TIMEOUT] {
                    self.item(rr, hf, cur, 4, Enc::Na)?;
                    cur += 4;
                    rr_len -= 4;
                }
                self.item(rr, &HF_WINS_NB_SERVERS, cur, 4, Enc::Na)?;
                let mut nservers = t.u32(cur)?;
                cur += 4;
                rr_len -= 4;
                while rr_len != 0 && nservers != 0 {
                    self.item(rr, &HF_WINS_SERVER, cur, 4, Enc::Na)?;
                    cur += 4;
                    rr_len -= 4;
                    nservers -= 1;
                }
            }
            T_WINS_R => {
                for hf in [&HF_WINSR_LOCAL_FLAG, &HF_WINSR_LOOKUP_TIMEOUT, &HF_WINSR_CACHE_TIMEOUT] {
                    self.item(rr, hf, cur, 4, Enc::Na)?;
                    cur += 4;
                }
                let (name, used) = self.name_out(cur, data_off)?;
                self.add_string(rr, &HF_WINSR_DOMAIN, cur, used, name.as_bytes())?;
                self.tree.append(rr, &format!(", name result domain {name}"));
            }
            T_XPF => {
                self.item(rr, &HF_XPF_IP_VERSION, cur, 1, Enc::Na)?;
                let family = t.u8(cur)?;
                cur += 1;
                let (src, dst, alen) = match family {
                    4 => (&HF_XPF_SOURCE_IPV4, &HF_XPF_DESTINATION_IPV4, 4),
                    6 => (&HF_XPF_SOURCE_IPV6, &HF_XPF_DESTINATION_IPV6, 16),
                    _ => return Ok(()),
                };
                self.item(rr, &HF_XPF_PROTOCOL, cur, 1, Enc::Na)?;
                cur += 1;
                self.item(rr, src, cur, alen, Enc::Na)?;
                cur += alen;
                self.item(rr, dst, cur, alen, Enc::Na)?;
                cur += alen;
                self.item(rr, &HF_XPF_SPORT, cur, 2, Enc::Na)?;
                cur += 2;
                self.item(rr, &HF_XPF_DPORT, cur, 2, Enc::Na)?;
            }
            _ => {
                self.expert(
                    rr,
                    &EI_UNDECODED,
                    format!(
                        "Dissector for DNS Type ({dns_type}) code not implemented, Contact Wireshark developers if you want this supported"
                    ),
                );
                self.item(rr, &HF_DATA, cur, data_len, Enc::Na)?;
            }
        }
        Ok(())
    }

    /// The options of the OPT pseudo-record.
    fn opt_options(&mut self, rr: Id, mut cur: i64, data_len: i64) -> R<()> {
        let t = self.tvb;
        let mut rropt_len = data_len;
        while rropt_len > 0 {
            let code = u32::from(t.u16(cur)?);
            rropt_len -= 2;
            let mut optlen = t.u16(cur + 2)?;
            rropt_len -= 2;
            let opt = self.item(rr, &HF_OPT, cur, 4 + i64::from(optlen), Enc::Na)?;
            self.tree.append(opt, &format!(": {}", val_or_unknown(code, EDNS0_OPTIONS)));
            let code_item = self.item(opt, &HF_OPT_CODE, cur, 2, Enc::Na)?;
            cur += 2;
            let len_item = self.item(opt, &HF_OPT_LEN, cur, 2, Enc::Na)?;
            cur += 2;
            self.item(opt, &HF_OPT_DATA, cur, i64::from(optlen), Enc::Na)?;
            match code {
                5..=7 => {
                    let hf = match code {
                        5 => &HF_OPT_DAU,
                        6 => &HF_OPT_DHU,
                        _ => &HF_OPT_N3U,
                    };
                    while optlen != 0 {
                        self.item(opt, hf, cur, 1, Enc::Na)?;
                        cur += 1;
                        rropt_len -= 1;
                        optlen -= 1;
                    }
                }
                8 | 0x50fa => {
                    if code == 0x50fa {
                        self.expert(code_item, &EI_DEPR_OPC, "Deprecated opcode. Client subnet OPT assigned as 8.".into());
                    }
                    let mut addr_len = optlen.wrapping_sub(4);
                    let family = t.u16(cur)?;
                    self.item(opt, &HF_OPT_CLIENT_FAMILY, cur, 2, Enc::Na)?;
                    cur += 2;
                    self.item(opt, &HF_OPT_CLIENT_NETMASK, cur, 1, Enc::Na)?;
                    cur += 1;
                    self.item(opt, &HF_OPT_CLIENT_SCOPE, cur, 1, Enc::Na)?;
                    cur += 1;
                    if addr_len > 16 {
                        self.expert(len_item, &EI_OPT_BAD_LENGTH, EI_OPT_BAD_LENGTH.summary.to_string());
                        addr_len = 16;
                    }
                    let mut addr = [0u8; 16];
                    addr[..usize::from(addr_len)].copy_from_slice(t.bytes(cur, i64::from(addr_len))?);
                    match family {
                        1 => {
                            self.add_addr(opt, &HF_OPT_CLIENT_ADDR4, cur, addr_len.into(), ipv4_text(&addr[..4]))?;
                        }
                        2 => {
                            self.add_addr(opt, &HF_OPT_CLIENT_ADDR6, cur, addr_len.into(), ipv6_text(&addr))?;
                        }
                        _ => {
                            self.item(opt, &HF_OPT_CLIENT_ADDR, cur, i64::from(optlen) - 4, Enc::Na)?;
                        }
                    }
                    cur += i64::from(optlen) - 4;
                    rropt_len -= i64::from(optlen);
                }
                10 => {
                    self.item(opt, &HF_OPT_COOKIE_CLIENT, cur, 8, Enc::Na)?;
                    cur += 8;
                    rropt_len -= 8;
                    optlen = optlen.wrapping_sub(8);
                    self.item(opt, &HF_OPT_COOKIE_SERVER, cur, i64::from(optlen), Enc::Na)?;
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                11 => {
                    if optlen == 2 {
                        self.item(opt, &HF_OPT_TCP_KEEPALIVE, cur, 2, Enc::Na)?;
                    }
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                12 => {
                    self.item(opt, &HF_OPT_PADDING, cur, i64::from(optlen), Enc::Na)?;
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                13 => {
                    if optlen != 0 {
                        self.item(opt, &HF_OPT_CHAIN, cur, i64::from(optlen), Enc::Ascii)?;
                    }
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
                15 => {
                    if optlen >= 2 {
                        self.item(opt, &HF_OPT_EDE_CODE, cur, 2, Enc::Na)?;
                        cur += 2;
                        rropt_len -= 2;
                        if optlen > 2 {
                            self.item(opt, &HF_OPT_EDE_TEXT, cur, i64::from(optlen) - 2, Enc::Utf8)?;
                            cur += i64::from(optlen) - 2;
                            rropt_len -= i64::from(optlen) - 2;
                        }
                    }
                }
                _ => {
                    cur += i64::from(optlen);
                    rropt_len -= i64::from(optlen);
                }
            }
        }
        Ok(())
    }

    /// SVCB and HTTPS (draft-ietf-dnsop-svcb-https as Wireshark 4.0 reads
    /// it; `echconfig` is today's `ech`).
    fn svcb(&mut self, rr: Id, mut cur: i64, data_len: i64, data_off: i64) -> R<()> {
        let t = self.tvb;
        let start = cur;
        self.item(rr, &HF_SVCB_PRIORITY, cur, 2, Enc::Na)?;
        cur += 2;
        let (target, used) = self.name_out(cur, data_off)?;
        self.add_string(rr, &HF_SVCB_TARGET, cur, used, target.as_bytes())?;
        cur += used;
        while data_len > cur - start {
            let param = self.item(rr, &HF_SVCB_PARAM, cur, -1, Enc::Na)?;
            self.item(param, &HF_SVCB_PARAM_KEY, cur, 2, Enc::Na)?;
            let key = u32::from(t.u16(cur)?);
            cur += 2;
            self.item(param, &HF_SVCB_PARAM_LENGTH, cur, 2, Enc::Na)?;
            let length = i64::from(t.u16(cur)?);
            cur += 2;
            let key_name = |k: u32| val_str(k, SVCB_KEYS).map(str::to_string).unwrap_or_else(|| format!("key{k}"));
            self.tree.append(param, &format!(": {}", key_name(key)));
            match key {
                0 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_MANDATORY, cur, 2, Enc::Na)?;
                        let k = u32::from(t.u16(cur)?);
                        self.tree.append(param, &format!("{}{}", if o == 0 { '=' } else { ',' }, key_name(k)));
                        cur += 2;
                        o += 2;
                    }
                }
                1 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_ALPN_LENGTH, cur, 1, Enc::Na)?;
                        let alen = i64::from(t.u8(cur)?);
                        cur += 1;
                        self.item(param, &HF_SVCB_ALPN, cur, alen, Enc::Ascii)?;
                        let alpn = ascii_string(t.bytes(cur, alen)?);
                        cur += alen;
                        let alpn = String::from_utf8_lossy(cstr(&alpn)).into_owned();
                        self.tree.append(param, &format!("{}{alpn}", if o == 0 { '=' } else { ',' }));
                        o += 1 + alen;
                    }
                }
                2 => {}
                3 => {
                    self.item(param, &HF_SVCB_PORT, cur, 2, Enc::Na)?;
                    let port = t.u16(cur)?;
                    self.tree.append(param, &format!("={port}"));
                    cur += 2;
                }
                4 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_IPV4HINT, cur, 4, Enc::Na)?;
                        let a = ipv4_text(t.bytes(cur, 4)?);
                        self.tree.append(param, &format!("{}{a}", if o == 0 { '=' } else { ',' }));
                        cur += 4;
                        o += 4;
                    }
                }
                5 | 32769 => {
                    let hf = if key == 5 { &HF_SVCB_ECHCONFIG } else { &HF_SVCB_ODOHCONFIG };
                    let b = t.bytes(cur, length)?;
                    let text = base64(b);
                    self.tree.add(Some(param), hf.abbrev, representation(format!("{}: {text}", hf.name)));
                    self.tree.append(param, &format!("={text}"));
                    cur += length;
                }
                6 => {
                    let mut o = 0;
                    while o < length {
                        self.item(param, &HF_SVCB_IPV6HINT, cur, 16, Enc::Na)?;
                        let a = ipv6_text(t.bytes(cur, 16)?);
                        self.tree.append(param, &format!("{}{a}", if o == 0 { '=' } else { ',' }));
                        cur += 16;
                        o += 16;
                    }
                }
                _ => {
                    if length > 0 {
                        self.item(param, &HF_SVCB_PARAM_VALUE, cur, length, Enc::Na)?;
                        let text = format_text(t.bytes(cur, length)?);
                        self.tree.append(param, &format!("={text}"));
                        cur += length;
                    }
                }
            }
        }
        Ok(())
    }
}

/// `%.*s` of a converted string: at most `n` bytes, stopping at a NUL
/// (a character cut in two shows as U+FFFD, as tshark's raw bytes read).
fn precision_str(s: &[u8], n: i64) -> String {
    let s = cstr(s);
    let n = (n.max(0) as usize).min(s.len());
    String::from_utf8_lossy(&s[..n]).into_owned()
}

/// C's `strncmp(a, b, n) == 0` on NUL-terminated strings.
fn c_strncmp(a: &[u8], b: &[u8], n: usize) -> bool {
    for i in 0..n {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        if x != y {
            return false;
        }
        if x == 0 {
            return true;
        }
    }
    true
}
