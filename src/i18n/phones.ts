/**
 * Phone numbers come from the services configuration, not the copy, so a charity corrects a number
 * in one place. They are data handed to the translator (`CopyContext`), never module state: the
 * bundled defaults are used only where no configuration is given.
 */
import { defaultServices, type ServicesConfig } from '../services';

/** The catalogue's phone placeholders ({{helplinePhone}}, ...) and their numbers. */
export interface PhoneNumbers {
  readonly helplinePhone: string;
  readonly policePhone: string;
  readonly policeTextphone: string;
  readonly paladinPhone: string;
  readonly revengePornPhone: string;
  readonly domesticAbusePhone: string;
  readonly mensAdviceLinePhone: string;
  readonly galopPhone: string;
  readonly samaritansPhone: string;
  readonly childlinePhone: string;
  readonly liveFearFreePhone: string;
  readonly liveFearFreeText: string;
  readonly scotlandDomesticAbusePhone: string;
  readonly northernIrelandDomesticAbusePhone: string;
}

export function phoneNumbers(config: ServicesConfig): PhoneNumbers {
  const s = config.services;
  return Object.freeze({
    helplinePhone: s.nationalStalkingHelpline.phone,
    policePhone: s.police101.phone,
    policeTextphone: s.police101.textphone ?? s.police101.phone,
    paladinPhone: s.paladin.phone,
    revengePornPhone: s.revengePorn.phone,
    domesticAbusePhone: s.domesticAbuse.phone,
    mensAdviceLinePhone: s.mensAdviceLine.phone,
    galopPhone: s.galop.phone,
    samaritansPhone: s.samaritans.phone,
    childlinePhone: s.childline.phone,
    liveFearFreePhone: s.liveFearFree.phone,
    liveFearFreeText: s.liveFearFree.text ?? s.liveFearFree.phone,
    scotlandDomesticAbusePhone: s.scotlandDomesticAbuse.phone,
    northernIrelandDomesticAbusePhone: s.northernIrelandDomesticAbuse.phone,
  });
}

/** The numbers in the bundled services file. */
export const BUNDLED_PHONES: PhoneNumbers = phoneNumbers(defaultServices());
