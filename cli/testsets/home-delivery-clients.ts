/**
 * Home-delivery clients: the pharmacy's own customer records for the practice. A true
 * match is a PIMS client re-typed by someone else, with nicknames, typos, other formats,
 * a move, or only one contact detail in common. The rest are truly nobody in the PIMS,
 * some of them deliberately confusable (namesakes, people living with a PIMS client).
 */
import { FORMAL_NAMES_BY_NICKNAME, NICKNAMES, areNameVariants } from "./nicknames";
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
import type { ThinProfile } from "./thin-profile";
import { applyPhoneticSlip, applyTypo, TYPO_KINDS } from "./typos";
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
    /** The thin profile's extra slips and blanks, or null for the normal profile. */
    private readonly thin: ThinProfile | null = null,
  ) {}

  /** The pharmacy's record of PIMS client `client`. */
  matchOf(client: PimsClient): HomeDeliveryClientDraft {
    const rng = this.rng;
    this.countSituations(client);

    let first = client.firstName;
    let last = client.lastName;
    const nicknames = NICKNAMES.get(first.toLowerCase());
    const formals = FORMAL_NAMES_BY_NICKNAME.get(first.toLowerCase());
    if (nicknames && rng.chance(0.25)) {
      first = capitalize(rng.pick(nicknames));
      this.noise.nickname += 1;
    } else if (formals && rng.chance(0.3)) {
      // The clinic has the nickname, the pharmacy the formal name.
      first = capitalize(rng.pick(formals));
      this.noise.nickname_reversed += 1;
    }
    const nameRoll = rng.float();
    if (nameRoll < 0.05) first = this.typo(first);
    else if (nameRoll < 0.07) {
      first = applyPhoneticSlip(first, rng);
      this.noise.typo_phonetic += 1;
    } else if (nameRoll < 0.075) {
      first = this.typo(this.typo(first));
      this.noise.typo_twice += 1;
    }
    if (rng.chance(0.06)) last = this.typo(last);
    else if (rng.chance(0.015)) {
      last = applyPhoneticSlip(last, rng);
      this.noise.typo_phonetic += 1;
    }
    const lastRoll = rng.float();
    if (lastRoll < 0.015) {
      last = this.world.lastName(); // married (or divorced) since one of the records
      this.noise.last_name_changed += 1;
    } else if (lastRoll < 0.035) {
      const other = this.world.lastName();
      last = rng.chance(0.5) ? `${last}-${other}` : rng.chance(0.5) ? `${other}-${last}` : `${last} ${other}`;
      this.noise.compound_last_name += 1;
    }
    const extraRoll = rng.float();
    if (extraRoll < 0.03) {
      first = `${first} ${String.fromCharCode(65 + rng.int(0, 25))}${rng.chance(0.5) ? "." : ""}`;
      this.noise.middle_initial += 1;
    } else if (extraRoll < 0.04) {
      first = first[0];
      this.noise.first_initial += 1;
    }
    if (rng.chance(0.08)) {
      const upper = rng.chance(0.6);
      [first, last] = upper ? [first.toUpperCase(), last.toUpperCase()] : [first.toLowerCase(), last.toLowerCase()];
      this.noise.case += 1;
    }
    const spacing = rng.chance(0.05);
    if (spacing) this.noise.spacing += 1;
    if (this.thin) [first, last] = this.thin.slipNames(first, last);

    const scenario = this.contactScenario(client, first, last);
    const address = this.thin ? this.thin.slipAddress(scenario.address, this.world) : scenario.address;
    let { phone, email } = scenario;
    if (phone && rng.chance(0.015)) {
      phone = typoDigit(phone, rng);
      this.noise.phone_typo += 1;
    }
    if (email && rng.chance(0.04)) {
      email = this.world.email(client.firstName, client.lastName); // a newer address elsewhere
      this.noise.email_changed += 1;
    } else if (email && rng.chance(0.015)) {
      const [local, domain] = email.split("@");
      email = `${applyTypo(local, rng.pick(TYPO_KINDS), rng).toLowerCase()}@${domain}`;
      this.noise.email_typo += 1;
    }
    if (this.thin) ({ phone, email } = this.thin.thinContacts(phone, email));
    const poBox = address !== null && rng.chance(0.02);
    if (poBox) this.noise.po_box += 1;
    const rendered = this.renderAddress(address, { counted: true, spacing, pimsStyle: client.style.address });
    if (poBox) {
      rendered.address1 = `${rng.pick(["PO Box", "P.O. Box", "POB"])} ${rng.int(1, 9999)}`;
      rendered.address2 = "";
    }
    return {
      first_name: first,
      last_name: spacing && !address ? `${last}  ` : last,
      ...rendered,
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
    const phoneRoll = rng.float();
    if (pimsPhone && phoneRoll < 0.08) {
      phone = null;
      this.noise.missing_phone += 1;
    } else if (pimsPhone && phoneRoll < 0.12) {
      phone = this.world.phone(); // a new cell the clinic never got
      this.noise.phone_changed += 1;
    } else if (client.workPhone && client.workPhone !== pimsPhone && phoneRoll < 0.2) {
      phone = client.workPhone;
      this.noise.work_phone += 1;
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
    const draft = this.nobodyDraft();
    if (!this.thin) return draft;
    const { phone, email } = this.thin.thinContacts(draft.phone || null, draft.email || null);
    return { ...draft, phone: phone ?? "", email: email ?? "" };
  }

  private nobodyDraft(): HomeDeliveryClientDraft {
    const kind = this.rng.weighted<NobodyKind>([
      ["stranger", 42],
      ["namesake", 25],
      ["household", 22],
      ["household_shared_email", 6],
      ["relative_close_name", 5],
    ]);
    if (kind === "namesake") return this.namesake();
    // A housemate needs a PIMS client with an address and a phone; else a stranger it is.
    const housemate = kind === "stranger" ? null : this.housemate(kind);
    return housemate ?? this.stranger();
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

  /**
   * Shares a PIMS client's address and phone; never that household's member in the PIMS.
   * `household_shared_email`: uses the family's email too; `relative_close_name`: same family
   * name and a real first name close to a member's (Daniel/Danielle), never a nickname of it.
   */
  private housemate(kind: Exclude<NobodyKind, "stranger" | "namesake">): HomeDeliveryClientDraft | null {
    for (let attempt = 0; attempt < 20; attempt++) {
      const anchor = this.rng.pick(this.pims.clients);
      const phone = anchor.homePhone ?? anchor.cellPhone;
      if (!anchor.address || !phone) continue;
      if (kind === "household_shared_email" && !anchor.email) continue;
      const members = this.pims.householdOf(anchor.householdId);
      const isVariant = (name: string) => members.some((m) => areNameVariants(m.firstName, name));
      let first: string | null = null;
      if (kind === "relative_close_name") {
        first = this.world.closeFirstName(anchor.firstName, isVariant);
        if (first === null) continue;
      } else {
        first = this.world.firstName();
        while (isVariant(first)) first = this.world.firstName();
      }
      const last = kind === "relative_close_name" || this.rng.chance(0.6) ? anchor.lastName : this.world.lastName();
      this.nobodies[kind] += 1;
      const draft = this.person(first, last, anchor.address, phone, 0.5);
      if (kind === "household_shared_email") draft.email = anchor.email!;
      return draft;
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

/** The phone with one digit mistyped (not the area code's first digit). */
function typoDigit(digits: string, rng: Rng): string {
  const i = rng.int(1, digits.length - 1);
  const d = (Number(digits[i]) + rng.int(1, 9)) % 10;
  return digits.slice(0, i) + String(d) + digits.slice(i + 1);
}
