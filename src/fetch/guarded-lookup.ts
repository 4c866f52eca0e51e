/**
 * The name resolution every fetch connects through. Each address a host name resolves to
 * is checked, and the socket connects to the checked address itself: there is no second
 * lookup between the check and the connection for DNS rebinding to slip into.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { addressRefusal } from "./address-policy.js";

/** Resolves a host name to all of its addresses (dns.lookup with all: true, or a stand-in in tests). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, order: "verbatim" }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Why a host may not be fetched, given what it resolved to: the first refused address. */
export function refusedAddress(hostname: string, addresses: LookupAddress[], allowPrivateNetworks: boolean): string | undefined {
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, allowPrivateNetworks);
    if (refusal) return `${hostname} resolves to ${refusal.address}, ${refusal.why}`;
  }
  return undefined;
}

/** A host whose resolved address may not be fetched; it names the host, the address and why. */
export class AddressRefused extends Error {
  override name = "AddressRefused";
  readonly code = "ADDRESS_REFUSED";
}

/**
 * A `lookup` for net.connect and tls.connect. A host that resolves to any refused address
 * is refused whole, so a mix of public and private records cannot be played either way.
 */
export function guardedLookup(allowPrivateNetworks: boolean, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (resolved) => {
        const addresses = options.family === 4 || options.family === 6 ? resolved.filter((a) => a.family === options.family) : resolved;
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 4);
          return;
        }
        const refused = refusedAddress(hostname, addresses, allowPrivateNetworks);
        if (refused) {
          callback(new AddressRefused(refused), "", 4);
          return;
        }
        if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}
