_rlookup() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="${2-${COMP_WORDS[COMP_CWORD]}}"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="${3-${COMP_WORDS[COMP_CWORD-1]}}"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",${1-${COMP_WORDS[0]}}")
                cmd="rlookup"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        rlookup)
            opts="--dig --nslookup --delv --json --table --color --dump --dump-stderr --servers --upstream --style --idnout --tls --https --insecure --quic --http3 --batch --concurrency --rate --stats --json-lines --compare --validate --anchors --generate --help --version -all -class= -type= -domain= -port= -timeout= -recurse -norecurse -retry= -defname -nodefname -vc -novc -debug -nodebug -d2 -nod2 -search -nosearch -sil -fail -nofail -ndots= -version -4 -6 -b -c -d -f -h -i -k -m -n -p -q -r -t -u -v -x -y +aaflag +noaaflag +additional +noadditional +adflag +noadflag +all +noall +answer +noanswer +authority +noauthority +badcookie +nobadcookie +besteffort +nobesteffort +bufsize +cdflag +nocdflag +class +noclass +cmd +nocmd +coflag +nocoflag +comments +nocomments +cookie +nocookie +crypto +nocrypto +defname +nodefname +dns64prefix +nodns64prefix +dnssec +nodnssec +domain= +dscp +nodscp +edns +noedns +ednsflags +noednsflags +ednsnegotiation +noednsnegotiation +ednsopt= +noednsopt +expandaaaa +noexpandaaaa +expire +noexpire +fail +nofail +fuzztime +nofuzztime +header-only +noheader-only +http-plain +nohttp-plain +http-plain-get +nohttp-plain-get +http-plain-post +nohttp-plain-post +https +nohttps +https-get +nohttps-get +https-post +nohttps-post +identify +noidentify +idnin +noidnin +idnout +noidnout +ignore +noignore +keepalive +nokeepalive +keepopen +nokeepopen +mapped +nomapped +multiline +nomultiline +ndots= +nsid +nonsid +nssearch +nonssearch +onesoa +noonesoa +opcode= +noopcode +padding= +qid= +noqid +qr +noqr +question +noquestion +raflag +noraflag +rdflag +nordflag +recurse +norecurse +retry= +rrcomments +norrcomments +search +nosearch +short +noshort +showbadcookie +noshowbadcookie +showsearch +noshowsearch +sigchase +nosigchase +split +nosplit +stats +nostats +subnet= +nosubnet +tcflag +notcflag +tcp +notcp +timeout= +tls +notls +tls-ca +notls-ca +tls-certfile= +notls-certfile +tls-hostname= +notls-hostname +tls-keyfile= +notls-keyfile +topdown +notopdown +trace +notrace +tries= +trusted-key +notrusted-key +ttlid +nottlid +ttlunits +nottlunits +unexpected +nounexpected +unknownformat +nounknownformat +vc +novc +yaml +noyaml +zflag +nozflag +quic +noquic +http3 +nohttp3 +json +nojson -a +dlv +nodlv +mtrace +nomtrace +root +noroot +rtrace +nortrace +trust +notrust +ttl +nottl +vtrace +novtrace a A ns NS md MD mf MF cname CNAME soa SOA mb MB mg MG mr MR null NULL wks WKS ptr PTR hinfo HINFO minfo MINFO mx MX txt TXT rp RP afsdb AFSDB x25 X25 isdn ISDN rt RT nsap NSAP nsap-ptr NSAP-PTR sig SIG key KEY px PX gpos GPOS aaaa AAAA loc LOC nxt NXT eid EID nimloc NIMLOC srv SRV atma ATMA naptr NAPTR kx KX cert CERT a6 A6 dname DNAME sink SINK opt OPT apl APL ds DS sshfp SSHFP ipseckey IPSECKEY rrsig RRSIG nsec NSEC dnskey DNSKEY dhcid DHCID nsec3 NSEC3 nsec3param NSEC3PARAM tlsa TLSA smimea SMIMEA hip HIP ninfo NINFO rkey RKEY talink TALINK cds CDS cdnskey CDNSKEY openpgpkey OPENPGPKEY csync CSYNC zonemd ZONEMD svcb SVCB https HTTPS dsync DSYNC hhit HHIT brid BRID spf SPF nid NID l32 L32 l64 L64 lp LP eui48 EUI48 eui64 EUI64 tkey TKEY tsig TSIG ixfr IXFR axfr AXFR mailb MAILB maila MAILA any ANY uri URI caa CAA avc AVC doa DOA amtrelay AMTRELAY resinfo RESINFO wallet WALLET ta TA dlv DLV IN CH HS NONE CHAOS HESIOD"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
                return 0
            fi
            case "${prev}" in
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --dump)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --style)
                    COMPREPLY=($(compgen -W "bind windows" -- "${cur}"))
                    return 0
                    ;;
                --https)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http3)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --validate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --anchors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --generate)
                    COMPREPLY=($(compgen -W "man bash zsh fish elvish powershell" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _rlookup -o nosort -o bashdefault -o default rlookup
else
    complete -F _rlookup -o bashdefault -o default rlookup
fi
