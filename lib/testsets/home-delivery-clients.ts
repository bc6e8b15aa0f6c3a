/**
 * Home-delivery clients: the pharmacy's own customer records for the practice. A true
 * match is a PIMS client re-typed by someone else, with nicknames, typos, other formats,
 * a move, or only one contact detail in common. The rest are truly nobody in the PIMS,
 * some of them deliberately confusable (namesakes, people living with a PIMS client).
 */
import { NICKNAMES, areNameVariants } from "./nicknames";
import { emptyCounts, NOBODY_KINDS, type NobodyKind, type NoiseCounts } from "./noise";
import type { PimsClient, PimsGenerator } from "./pims-generator";
import type { Rng } from "./random";
import {
  ADDRESS_STYLES,
  formatPhone,
  PHONE_STYLES,
  renderStreetLine,
  renderUnit,
  UNIT_STYLES,
  type AddressStyle,
} from "./render";
import { applyTypo, TYPO_KINDS } from "./typos";
import { capitalize, type Address, type World } from "./world";

/** home-delivery-clients.csv cells except the id. */
export interface HomeDeliveryClientDraft {
  first_name: string;
  last_name: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postal_code: string;
  phone: string;
  email: string;
}

interface AddressNoise {
  /** Count the formatting differences as noise (true matches only). */
  counted: boolean;
  spacing: boolean;
  pimsStyle?: AddressStyle;
}

export class HomeDeliveryClientGenerator {
  readonly nobodies = emptyCounts(NOBODY_KINDS);
  private nameCounts: Map<string, number> | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly world: World,
    private readonly pims: PimsGenerator,
    private readonly noise: NoiseCounts,
  ) {}

  /** The pharmacy's record of PIMS client `client`. */
  matchOf(client: PimsClient): HomeDeliveryClientDraft {
    const rng = this.rng;
    this.countSituations(client);

    let first = client.firstName;
    let last = client.lastName;
    const nicknames = NICKNAMES.get(first.toLowerCase());
    if (nicknames && rng.chance(0.25)) {
      first = capitalize(rng.pick(nicknames));
      this.noise.nickname += 1;
    }
    if (rng.chance(0.06)) first = this.typo(first);
    if (rng.chance(0.07)) last = this.typo(last);
    if (rng.chance(0.08)) {
      const upper = rng.chance(0.6);
      [first, last] = upper ? [first.toUpperCase(), last.toUpperCase()] : [first.toLowerCase(), last.toLowerCase()];
      this.noise.case += 1;
    }
    const spacing = rng.chance(0.05);
    if (spacing) this.noise.spacing += 1;

    const { address, phone, email } = this.contactScenario(client, first, last);
    return {
      first_name: first,
      last_name: spacing && !address ? `${last}  ` : last,
      ...this.renderAddress(address, { counted: true, spacing, pimsStyle: client.style.address }),
      phone: phone ? this.renderPhone(phone, client) : "",
      email: email ? this.maybeRecase(email) : "",
    };
  }

  private typo(word: string): string {
    const kind = this.rng.pick(TYPO_KINDS);
    this.noise[`typo_${kind}`] += 1;
    return applyTypo(word, kind, this.rng);
  }

  private countSituations(client: PimsClient): void {
    if (this.pims.householdOf(client.householdId).length > 1) this.noise.family_in_pims += 1;
    if (!this.nameCounts) {
      this.nameCounts = new Map();
      for (const c of this.pims.clients) {
        const key = `${c.firstName}|${c.lastName}`;
        this.nameCounts.set(key, (this.nameCounts.get(key) ?? 0) + 1);
      }
    }
    if ((this.nameCounts.get(`${client.firstName}|${client.lastName}`) ?? 0) > 1) this.noise.namesake_in_pims += 1;
  }

  /** Which address, phone and email the pharmacy has: the same, moved, or one detail only. */
  private contactScenario(client: PimsClient, first: string, last: string) {
    const rng = this.rng;
    const pimsPhone = this.pickPhone(client);
    const roll = rng.float();
    if (roll < 0.08 && (client.email || pimsPhone)) {
      this.noise.moved += 1; // new address, same phone and email
      return { address: this.world.address(), phone: pimsPhone, email: client.email };
    }
    if (roll < 0.13 && client.email) {
      this.noise.email_only_overlap += 1;
      return { address: this.world.address(), phone: rng.chance(0.7) ? this.world.phone() : null, email: client.email };
    }
    if (roll < 0.18 && pimsPhone) {
      this.noise.phone_only_overlap += 1;
      const email = rng.chance(0.5) ? this.world.email(first, last) : null;
      return { address: this.world.address(), phone: pimsPhone, email };
    }

    const address = client.address ?? (rng.chance(0.8) ? this.world.address() : null);
    let phone = pimsPhone ?? (rng.chance(0.5) ? this.world.phone() : null);
    if (pimsPhone && rng.chance(0.08)) {
      phone = null;
      this.noise.missing_phone += 1;
    }
    let email = client.email ?? (rng.chance(0.4) ? this.world.email(first, last) : null);
    if (client.email && rng.chance(0.12)) {
      email = null;
      this.noise.missing_email += 1;
    }
    return { address, phone, email };
  }

  /** The number a customer gives a pharmacy: usually the cell phone. */
  private pickPhone(client: PimsClient): string | null {
    return this.rng.chance(0.6)
      ? (client.cellPhone ?? client.homePhone ?? client.workPhone)
      : (client.homePhone ?? client.cellPhone ?? client.workPhone);
  }

  private renderPhone(digits: string, client: PimsClient | null): string {
    const style = this.rng.pick(PHONE_STYLES);
    if (client && style !== client.style.phone) this.noise.phone_format += 1;
    return formatPhone(digits, style);
  }

  private maybeRecase(email: string): string {
    if (!this.rng.chance(0.1)) return email;
    this.noise.email_case += 1;
    const [local, domain] = email.split("@");
    return `${local.split(".").map(capitalize).join(".")}@${capitalize(domain)}`;
  }

  private renderAddress(address: Address | null, noise: AddressNoise) {
    if (!address) return { address1: "", address2: "", city: "", state: "", postal_code: "" };
    const rng = this.rng;
    const count = (kind: "address_format" | "missing_apt" | "zip_plus4" | "state_name" | "case") => {
      if (noise.counted) this.noise[kind] += 1;
    };

    const keepStyle = noise.pimsStyle !== undefined && rng.chance(0.5);
    const style = keepStyle ? noise.pimsStyle! : rng.pick(ADDRESS_STYLES);
    if (style !== noise.pimsStyle) count("address_format");
    let address1 = renderStreetLine(address, style);
    let address2 = "";
    if (address.unit) {
      const roll = rng.float();
      if (roll < 0.25) count("missing_apt");
      else if (roll < 0.5) {
        address1 += ` ${renderUnit(address.unit, rng.pick(UNIT_STYLES))}`;
        count("address_format");
      } else address2 = renderUnit(address.unit, rng.pick(UNIT_STYLES));
    }
    if (noise.spacing) address1 = address1.replace(" ", "  ");

    let city = address.town.city;
    if (rng.chance(0.06)) {
      city = rng.chance(0.5) ? city.toUpperCase() : city.toLowerCase();
      count("case");
    }
    let state = this.world.region.state;
    if (rng.chance(0.1)) {
      state = this.world.region.stateName;
      count("state_name");
    } else if (rng.chance(0.05)) state = state.toLowerCase();
    let postalCode = address.zip;
    if (rng.chance(0.1)) {
      postalCode = `${postalCode}-${String(rng.int(0, 9999)).padStart(4, "0")}`;
      count("zip_plus4");
    }
    return { address1, address2, city, state, postal_code: postalCode };
  }

  /** A home-delivery client who is nobody in the PIMS. */
  nobody(): HomeDeliveryClientDraft {
    const kind = this.rng.weighted<NobodyKind>([["stranger", 45], ["namesake", 25], ["household", 30]]);
    if (kind === "namesake") return this.namesake();
    // A housemate needs a PIMS client with an address and a phone; else a stranger it is.
    return (kind === "household" ? this.housemate() : null) ?? this.stranger();
  }

  private stranger(): HomeDeliveryClientDraft {
    this.nobodies.stranger += 1;
    const first = this.world.firstName();
    const last = this.world.lastName();
    return this.person(first, last, this.world.address(), this.rng.chance(0.85) ? this.world.phone() : null, 0.7);
  }

  private namesake(): HomeDeliveryClientDraft {
    const original = this.rng.pick(this.pims.clients);
    const otherTowns = this.world.towns.filter((t) => t !== original.address?.town);
    this.nobodies.namesake += 1;
    const address = this.world.address(this.rng.pick(otherTowns));
    return this.person(original.firstName, original.lastName, address, this.world.phone(), 0.6);
  }

  /** Shares a PIMS client's address and phone; never that household's member in the PIMS. */
  private housemate(): HomeDeliveryClientDraft | null {
    for (let attempt = 0; attempt < 20; attempt++) {
      const anchor = this.rng.pick(this.pims.clients);
      const phone = anchor.homePhone ?? anchor.cellPhone;
      if (!anchor.address || !phone) continue;
      const members = this.pims.householdOf(anchor.householdId);
      let first = this.world.firstName();
      while (members.some((m) => areNameVariants(m.firstName, first))) first = this.world.firstName();
      const last = this.rng.chance(0.6) ? anchor.lastName : this.world.lastName();
      this.nobodies.household += 1;
      return this.person(first, last, anchor.address, phone, 0.5);
    }
    return null;
  }

  private person(first: string, last: string, address: Address, phone: string | null, emailChance: number) {
    return {
      first_name: first,
      last_name: last,
      ...this.renderAddress(address, { counted: false, spacing: false }),
      phone: phone ? this.renderPhone(phone, null) : "",
      email: this.rng.chance(emailChance) ? this.world.email(first, last) : "",
    };
  }
}
