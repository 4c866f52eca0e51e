/**
 * Which IP addresses newsdesk may connect to. Only public unicast addresses, by default.
 * FETCH_ALLOW_PRIVATE_NETWORKS=true also allows loopback, private networks (RFC 1918,
 * unique local IPv6) and carrier-grade NAT, for tests and intranets; it never allows the
 * unspecified address (0.0.0.0 reaches the machine itself), link-local addresses (where
 * cloud metadata services answer, 169.254.169.254), multicast, broadcast, reserved ranges
 * or the other cloud metadata addresses.
 */
import ipaddr from "ipaddr.js";

/** Metadata services outside the link-local range: AWS over IPv6 (a unique local address) and Alibaba Cloud (in CGNAT space). */
const METADATA_ADDRESSES = new Set(["fd00:ec2::254", "100.100.100.200"]);

/** Ranges the allowance opens, as ipaddr.js names them, and how a refusal describes them. */
const PRIVATE_RANGES: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private-network address",
  uniqueLocal: "a private-network (unique local) address",
  carrierGradeNat: "a carrier-grade NAT address",
};

const ALWAYS_REFUSED: Record<string, string> = {
  unspecified: "the unspecified address",
  linkLocal: "a link-local address (where cloud metadata services answer)",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
};

/** IPv6 ranges that carry an IPv4 address, and where: the address reached is that IPv4 one. */
const EMBEDDING_IPV4: Record<string, (bytes: number[]) => number[]> = {
  ipv4Mapped: (bytes) => bytes.slice(12),
  rfc6145: (bytes) => bytes.slice(12),
  rfc6052: (bytes) => bytes.slice(12),
  "6to4": (bytes) => bytes.slice(2, 6),
};

/** An address newsdesk may not connect to, as written for a person ("::ffff:7f00:1 (127.0.0.1)"), and why. */
export interface AddressRefusal {
  address: string;
  /** "a loopback address; private networks are not fetched unless ..." */
  why: string;
}

/** Why newsdesk may not connect to this address, or undefined when it may. */
export function addressRefusal(address: string, allowPrivateNetworks: boolean): AddressRefusal | undefined {
  if (!ipaddr.isValid(address)) return { address, why: "not an IP address" };
  const ip = ipaddr.parse(address);
  const reached = reachedAddress(ip);
  const shown = reached === ip ? ip.toString() : `${ip.toString()} (${reached.toString()})`;
  if (METADATA_ADDRESSES.has(reached.toString())) return { address: shown, why: "a cloud metadata address; never fetched" };
  const range = reached.range();
  if (range === "unicast") return undefined;
  const privateKind = PRIVATE_RANGES[range];
  if (privateKind) return allowPrivateNetworks ? undefined : { address: shown, why: `${privateKind}; private networks are not fetched unless FETCH_ALLOW_PRIVATE_NETWORKS=true` };
  return { address: shown, why: `${ALWAYS_REFUSED[range] ?? `in a reserved range (${range})`}; never fetched` };
}

/** The address a packet to `ip` reaches: an IPv4 address embedded in IPv6 (mapped, NAT64, 6to4, IPv4-compatible) is that address. */
function reachedAddress(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (ip.kind() === "ipv4") return ip;
  const bytes = ip.toByteArray();
  const embedded = EMBEDDING_IPV4[ip.range()];
  if (embedded) return ipaddr.fromByteArray(embedded(bytes));
  // The deprecated IPv4-compatible form (::a.b.c.d); :: and ::1 keep their own meaning.
  const range = ip.range();
  if (range !== "unspecified" && range !== "loopback" && bytes.slice(0, 12).every((byte) => byte === 0)) return ipaddr.fromByteArray(bytes.slice(12));
  return ip;
}
