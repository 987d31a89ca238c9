/**
 * Welsh names of the Acts, codes and guidance the rules cite, written once so every rule cites
 * them the same way. UK Acts have no official Welsh title (legislation.gov.uk publishes them in
 * English only), so a Welsh rendering is followed by the English title in brackets wherever it is
 * not an established form; case names stay as reported.
 */
export const UK_GDPR = 'GDPR y DU';
export const DPA_2018 = 'Deddf Diogelu Data 2018';
export const MEMBERS_CODE = 'Cod Ymddygiad yr Aelodau';
export const LGA_CODE =
  'Cod Ymddygiad Enghreifftiol i Gynghorwyr y Gymdeithas Llywodraeth Leol (LGA Model Councillor Code of Conduct 2020)';
export const EQUALITY_ACT = 'Deddf Cydraddoldeb 2010';
export const PUBLICITY_CODE =
  'Cod Ymarfer a Argymhellir ar Gyhoeddusrwydd Awdurdodau Lleol (Code of Recommended Practice on Local Authority Publicity)';
/** The short form used inside explanations, after the full title has appeared in the source. */
export const PUBLICITY_CODE_SHORT = 'y Cod Ymarfer ar Gyhoeddusrwydd';
export const OFCOM_2021 =
  'Ofcom, Agweddau at iaith ac ystumiau a allai fod yn dramgwyddus ar y teledu a’r radio (Attitudes to potentially offensive language and gestures on TV and radio) (2021)';
export const CONFIDENTIALITY_AND_DATA = `${MEMBERS_CODE} (cyfrinachedd a diogelu data)`;
