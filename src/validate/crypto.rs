//! The cryptography, all of it hickory-proto's (ring underneath): RRSIG
//! signature checks over the data BIND's dns_dnssec_verify digests, DS
//! digests, NSEC3 hashes and key tags. Also which algorithms and digest
//! types count as supported (BIND's dst_algorithm_supported and
//! dst_ds_digest_supported as far as ring can do them), and the key
//! sanity checks BIND's dst_key_fromdns makes.
//!
//! Used by the validator (`validate::engine`, `validate::nsec`) and by
//! `config::anchors` (key anchors become SHA-256 DS anchors).

use hickory_proto::dnssec::crypto::Digest;
use hickory_proto::dnssec::rdata::DNSKEY;
use hickory_proto::dnssec::{Algorithm, DigestType, PublicKey, PublicKeyBuf};

use super::rdata::{self, Dnskey, Rrsig};
use super::result::BindResult;
use crate::wire::Name;

/// dns_resolver_algorithm_supported(): the DNSSEC algorithms this build
/// can verify. BIND (with OpenSSL) also does 16 (ED448); ring does not,
/// so ED448 zones are insecure here.
pub fn algorithm_supported(alg: u8) -> bool {
    Algorithm::from_u8(alg).is_supported()
}

/// dst_ds_digest_supported(): SHA-1, SHA-256, SHA-384.
pub fn digest_supported(digest_type: u8) -> bool {
    matches!(digest_type, 1 | 2 | 4)
}

/// The digest length of a supported DS digest type.
pub fn digest_len(digest_type: u8) -> Option<usize> {
    match digest_type {
        1 => Some(20),
        2 => Some(32),
        4 => Some(48),
        _ => None,
    }
}

/// dst_region_computeid(): the key tag of DNSKEY RDATA (RFC 4034
/// appendix B; algorithm 1 uses the modulus as BIND does).
pub fn key_tag(rdata: &[u8]) -> u16 {
    if rdata.len() >= 4 && rdata[3] == 1 {
        if rdata.len() < 7 {
            return 0;
        }
        let n = rdata.len();
        return u16::from_be_bytes([rdata[n - 3], rdata[n - 2]]);
    }
    DNSKEY::calculate_key_tag_internal(rdata)
}

/// The DS digest of a DNSKEY: digest(owner in canonical form | RDATA).
/// None for an unsupported digest type.
pub fn ds_digest(owner: &Name, dnskey_rdata: &[u8], digest_type: u8) -> Option<Vec<u8>> {
    if !digest_supported(digest_type) {
        return None;
    }
    let mut buf = rdata::canonical_wire(owner);
    buf.extend_from_slice(dnskey_rdata);
    Digest::new(&buf, DigestType::from(digest_type)).ok().map(|d| d.as_ref().to_vec())
}

/// DS RDATA for a DNSKEY (dns_ds_buildrdata).
pub fn ds_rdata(owner: &Name, dnskey_rdata: &[u8], digest_type: u8) -> Option<Vec<u8>> {
    let key = Dnskey::parse(dnskey_rdata)?;
    let digest = ds_digest(owner, dnskey_rdata, digest_type)?;
    let mut out = key_tag(dnskey_rdata).to_be_bytes().to_vec();
    out.push(key.algorithm);
    out.push(digest_type);
    out.extend_from_slice(&digest);
    Some(out)
}

/// The NSEC3 hash (RFC 5155 5, SHA-1) of a name, None for another hash
/// algorithm.
pub fn nsec3_hash(hash_alg: u8, salt: &[u8], name: &Name, iterations: u16) -> Option<Vec<u8>> {
    if hash_alg != 1 {
        return None;
    }
    let wire = rdata::canonical_wire(name);
    Digest::iterated(salt, &wire, DigestType::SHA1, iterations).ok().map(|d| d.as_ref().to_vec())
}

/// dst_key_fromdns()'s checks of the public key of a supported algorithm:
/// BIND refuses keys of the wrong size before any signature is checked.
pub fn key_is_valid(key: &Dnskey) -> Result<(), BindResult> {
    let ok = match key.algorithm {
        13 => key.key.len() == 64,
        14 => key.key.len() == 96,
        15 => key.key.len() == 32,
        5 | 7 | 8 | 10 => {
            let k = key.key;
            match k.first() {
                None => false,
                Some(0) => {
                    k.len() >= 3 && {
                        let e = usize::from(u16::from_be_bytes([k[1], k[2]]));
                        e > 0 && k.len() > 3 + e
                    }
                }
                Some(&e) => k.len() > 1 + usize::from(e),
            }
        }
        _ => true,
    };
    if ok { Ok(()) } else { Err(BindResult::InvalidPublicKey) }
}

/// The data an RRSIG signs, as dns_dnssec_verify() digests it: the RRSIG
/// RDATA without the signature (signer as given, or in lower case with
/// `downcase`), then for each distinct RDATA in canonical order: owner
/// (lower case; `*.` + the rightmost `labels` labels for a wildcard
/// expansion) | type | class | original TTL | RDLENGTH | canonical RDATA.
pub fn signed_data(owner: &Name, class: u16, rtype: u16, rdatas: &[Vec<u8>], sig_rdata: &[u8], sig: &Rrsig, downcase: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&sig_rdata[..18.min(sig_rdata.len())]);
    if downcase {
        out.extend_from_slice(&rdata::canonical_wire(&sig.signer));
    } else {
        out.extend_from_slice(&sig.signer.to_wire());
    }
    let nlabels = owner.labels().len();
    let owner_wire = if nlabels > usize::from(sig.labels) {
        let keep = usize::from(sig.labels);
        let labels = owner.labels().to_vec();
        let mut l = vec![b"*".to_vec()];
        l.extend(labels[labels.len() - keep..].iter().map(|x| x.to_ascii_lowercase()));
        Name::from_labels(l).to_wire()
    } else {
        rdata::canonical_wire(owner)
    };
    let mut canon: Vec<Vec<u8>> = rdatas.iter().map(|r| rdata::canonical_rdata(rtype, r)).collect();
    canon.sort();
    canon.dedup();
    for r in &canon {
        out.extend_from_slice(&owner_wire);
        out.extend_from_slice(&rtype.to_be_bytes());
        out.extend_from_slice(&class.to_be_bytes());
        out.extend_from_slice(&sig.original_ttl.to_be_bytes());
        out.extend_from_slice(&(r.len() as u16).to_be_bytes());
        out.extend_from_slice(r);
    }
    out
}

/// Checks the signature of `sig` over `data` with `key` (hickory's
/// ring-backed verifier). Only call with a supported algorithm: hickory
/// asserts that in debug builds.
pub fn verify_signature(key: &Dnskey, data: &[u8], signature: &[u8]) -> bool {
    if !algorithm_supported(key.algorithm) {
        return false;
    }
    PublicKeyBuf::new(key.key.to_vec(), Algorithm::from_u8(key.algorithm)).verify(data, signature).is_ok()
}
