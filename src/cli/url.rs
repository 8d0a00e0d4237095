//! Server URLs, as kdig, doggo and q take them wherever a server is given
//! (`@tls://127.0.0.53`, `https://dns.lab/dns-query`, `quic://127.6.1.1:853`,
//! `h3://...`): the host to resolve, the port if given, and the transport,
//! which the grammars put in the lookup (`plan::SecureTransport`). Pure
//! parsing; what is not a URL (no `://`) is a plain server.

use crate::plan::SecureTransport;

/// A transport named by a URL's scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlTransport {
    /// `udp://`: plain DNS over UDP (TCP on truncation).
    Udp,
    /// `tcp://`
    Tcp,
    /// `tls://` (also `dot://`): DNS over TLS.
    Tls,
    /// `https://` (also `doh://`): DNS over HTTPS, this path.
    Https { path: String },
    /// `http://`: DNS over clear-text HTTP/2.
    Http { path: String },
    /// `quic://` (also `doq://`): DNS over QUIC.
    Quic,
    /// `h3://`: DNS over HTTPS over HTTP/3, this path.
    H3 { path: String },
}

/// A server given as a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    /// The host as given: an address (IPv6 without its brackets) or a name.
    pub host: String,
    pub port: Option<u16>,
    pub transport: UrlTransport,
}

const DEFAULT_PATH: &str = "/dns-query";

/// Parses `text` if it is a URL: None if it has no `://`; Err with the
/// reason if it is a URL rlookup cannot use.
pub fn parse(text: &str) -> Option<Result<ServerUrl, String>> {
    let (scheme, rest) = text.split_once("://")?;
    Some(parse_url(&scheme.to_ascii_lowercase(), rest).map_err(|why| format!("'{text}': {why}")))
}

fn parse_url(scheme: &str, rest: &str) -> Result<ServerUrl, String> {
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], Some(&rest[i..])),
        None => (rest, None),
    };
    let (host, port) = split_host_port(authority)?;
    let with_path = |path: Option<&str>| match path.filter(|p| *p != "/") {
        None => Ok(DEFAULT_PATH.to_string()),
        Some(p) if http_path_is_valid(&crate::rawtext::encode(p)) => Ok(p.to_string()),
        Some(p) => Err(format!("'{p}' is not a valid absolute path")),
    };
    let no_path = |path: Option<&str>| match path {
        None | Some("/") => Ok(()),
        Some(p) => Err(format!("a {scheme}:// server has no path ({p})")),
    };
    let transport = match scheme {
        "udp" => no_path(path).map(|()| UrlTransport::Udp)?,
        "tcp" => no_path(path).map(|()| UrlTransport::Tcp)?,
        "tls" | "dot" => no_path(path).map(|()| UrlTransport::Tls)?,
        "quic" | "doq" => no_path(path).map(|()| UrlTransport::Quic)?,
        "https" | "doh" => UrlTransport::Https { path: with_path(path)? },
        "http" => UrlTransport::Http { path: with_path(path)? },
        "h3" => UrlTransport::H3 { path: with_path(path)? },
        other => return Err(format!("unknown scheme '{other}' (udp, tcp, tls, https, http, quic, h3)")),
    };
    Ok(ServerUrl { host, port, transport })
}

/// `host`, `host:port`, `[v6]`, `[v6]:port`.
fn split_host_port(authority: &str) -> Result<(String, Option<u16>), String> {
    let port = |p: &str| p.parse::<u16>().map_err(|_| format!("'{p}' is not a port"));
    if let Some(rest) = authority.strip_prefix('[') {
        let (host, after) = rest.split_once(']').ok_or("an IPv6 address without its ']'")?;
        return match after.strip_prefix(':') {
            Some(p) => Ok((host.to_string(), Some(port(p)?))),
            None if after.is_empty() => Ok((host.to_string(), None)),
            None => Err(format!("'{after}' after the address")),
        };
    }
    if authority.is_empty() {
        return Err("no host".into());
    }
    match authority.rsplit_once(':') {
        // A bare IPv6 address (more than one ':') has no port.
        Some((h, p)) if !h.contains(':') => Ok((h.to_string(), Some(port(p)?))),
        _ => Ok((authority.to_string(), None)),
    }
}

impl ServerUrl {
    /// The transport in a lookup's options (see [`UrlTransport::apply`]).
    pub fn apply(&self, s: &mut SecureTransport) -> bool {
        self.transport.apply(s)
    }
}

impl UrlTransport {
    /// The transport in a lookup's options, as the matching dig options
    /// would set them (`+tls`, `+https=PATH`, `+http-plain=PATH`, `+quic`,
    /// `+http3=PATH`), except that an encrypted one checks the server's
    /// certificate (as `+tls-ca` does: against the CA file given before,
    /// or the system's), as kdig, doggo and q do with a URL; whether the
    /// lookup then goes over a stream (dig's `tcp_mode`).
    pub fn apply(&self, s: &mut SecureTransport) -> bool {
        let encrypted = matches!(self, UrlTransport::Tls | UrlTransport::Https { .. } | UrlTransport::Quic | UrlTransport::H3 { .. });
        *s = SecureTransport { tls_ca_set: encrypted, tls_ca_file: s.tls_ca_file.clone(), ..SecureTransport::default() };
        match self {
            UrlTransport::Udp => return false,
            UrlTransport::Tcp => {}
            UrlTransport::Tls => s.tls_mode = true,
            UrlTransport::Https { path } => {
                s.https_mode = true;
                s.https_path = Some(path.clone());
            }
            UrlTransport::Http { path } => {
                s.https_mode = true;
                s.http_plain = true;
                s.https_path = Some(path.clone());
            }
            UrlTransport::Quic => s.quic = true,
            UrlTransport::H3 { path } => {
                s.http3 = true;
                s.https_path = Some(path.clone());
            }
        }
        true
    }
}

/// rlookup's own `--tls`, `--https[=URL]`, `--quic` and `--http3[=URL]`:
/// the transport of every lookup, and the server if a URL was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportOption {
    pub transport: UrlTransport,
    /// The server URL given as the value (`--https=https://127.0.0.53/q`).
    pub url: Option<String>,
}

impl TransportOption {
    /// The option `--NAME[=VALUE]` (`tls`, `https`, `quic`, `http3`):
    /// VALUE is a URL of the option's scheme, or (HTTP) a path. Err: why
    /// not, for the command line's error message.
    pub fn parse(name: &str, value: Option<&str>) -> Result<TransportOption, String> {
        let value = value.filter(|v| !v.is_empty());
        if let Some(text) = value
            && let Some(parsed) = parse(text)
        {
            // A URL: its scheme must be the option's.
            let parsed = parsed.map_err(|why| format!("rlookup: --{name}: {why}"))?;
            let matches = matches!(
                (name, &parsed.transport),
                ("tls", UrlTransport::Tls)
                    | ("https", UrlTransport::Https { .. })
                    | ("quic", UrlTransport::Quic)
                    | ("http3", UrlTransport::H3 { .. })
            );
            if !matches {
                return Err(format!("rlookup: --{name}: '{text}' is not a URL for this transport"));
            }
            return Ok(TransportOption { transport: parsed.transport, url: Some(text.to_string()) });
        }
        let path = || -> Result<String, String> {
            match value {
                None => Ok(DEFAULT_PATH.to_string()),
                Some(p) if http_path_is_valid(&crate::rawtext::encode(p)) => Ok(p.to_string()),
                Some(p) => Err(format!("rlookup: --{name}: '{p}' is neither a URL nor an absolute path")),
            }
        };
        let transport = match name {
            "tls" => UrlTransport::Tls,
            "quic" => UrlTransport::Quic,
            "https" => UrlTransport::Https { path: path()? },
            _ => UrlTransport::H3 { path: path()? },
        };
        Ok(TransportOption { transport, url: None })
    }

    /// The dig arguments it stands for, before all others (so that it
    /// holds for every lookup unless one says otherwise): `@URL`, or
    /// `+tls`, `+https=PATH`, `+quic`, `+http3=PATH`.
    pub fn dig_args(&self) -> Vec<String> {
        if let Some(url) = &self.url {
            return vec![format!("@{url}")];
        }
        vec![match &self.transport {
            UrlTransport::Tls => "+tls".into(),
            UrlTransport::Quic => "+quic".into(),
            UrlTransport::Https { path } => format!("+https={path}"),
            UrlTransport::H3 { path } => format!("+http3={path}"),
            UrlTransport::Udp => "+notcp".into(),
            UrlTransport::Tcp => "+tcp".into(),
            UrlTransport::Http { path } => format!("+http-plain={path}"),
        }]
    }
}

/// isc_nm_http_path_isvalid(): RFC 3986's path-absolute, with BIND's
/// parser (which does not back off from a half-matched %XX).
pub fn http_path_is_valid(path: &[u8]) -> bool {
    let at = |i: usize| path.get(i).copied().unwrap_or(0);
    let mut i = 0;
    // pchar; advances `i` over whatever it matched, even on failure.
    let pchar = |i: &mut usize| -> bool {
        let ch = at(*i);
        if ch.is_ascii_alphanumeric() || b"-._~".contains(&ch) || b"!$&'()*+,;=".contains(&ch) || ch == b':' || ch == b'@' {
            *i += 1;
            return true;
        }
        if ch == b'%' {
            *i += 1;
            for _ in 0..2 {
                if !at(*i).is_ascii_hexdigit() {
                    return false;
                }
                *i += 1;
            }
            return true;
        }
        false
    };
    if at(i) != b'/' {
        return false;
    }
    i += 1;
    // segments: segment-nz *( "/" segment )
    if pchar(&mut i) {
        while pchar(&mut i) {}
        while at(i) == b'/' {
            i += 1;
            while pchar(&mut i) {}
        }
    }
    i >= path.len()
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
