/**
 * Places and name-like words that are not people, for people detection
 * (rules/detect/people.ts). compromise tags "Chelsea", "Ashton", "Trent" and
 * "Preston" as given names; these lists say where they are places instead.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const lines = (list: string): string[] => list.split(/\s*,\s*/).map((s) => s.trim().toLowerCase()).filter(Boolean);

/**
 * UK towns, boroughs and districts, above all those that look like personal
 * names or contain one. Multi-word and hyphenated entries are matched whole.
 * Source: ONS Index of Place Names in Great Britain; local authority names (ONS geography codes).
 * False positive they guard against: "Flooding in Stoke-on-Trent and Chelsea" naming "Trent" or "Chelsea".
 */
export const UK_PLACES: readonly string[] = lines(`
  Stoke-on-Trent, Stoke, Trent, Burton upon Trent, Bury St Edmunds, Bury, Chelsea, Ashton, Ashton-under-Lyne, Hampton, Hampton Wick,
  Hampton Hill, Hampton Court, Kingston, Kingston upon Thames, Kingston upon Hull, Hull, Richmond, Sutton, Merton, Bromley, Barnet,
  Ealing, Brent, Hackney, Camden, Islington, Lambeth, Southwark, Lewisham, Greenwich, Bexley, Enfield, Haringey, Newham, Redbridge,
  Havering, Hillingdon, Hounslow, Wandsworth, Westminster, Fulham, Hammersmith, Kensington, Tower Hamlets, Barking, Dagenham,
  Waltham Forest, Croydon, Harrow, Hendon, Sidcup, Twickenham, Teddington, Wembley, Tottenham, Edmonton, Walthamstow, Brixton,
  Preston, Chester, Lincoln, Crewe, Stafford, Kendal, Shirley, Beverley, Morley, Stanley, Clayton, Ashford, Bradford, Warrington,
  Wigan, Darlington, Wellington, Washington, Jarrow, Morecambe, Newton Abbot, Newton Aycliffe, Gerrards Cross, St Albans, St Helens,
  St Ives, St Austell, St Neots, Milton Keynes, Kings Lynn, King's Lynn, Bishop Auckland, Hemel Hempstead, Sale, Salford, Bolton,
  Oldham, Rochdale, Stockport, Tameside, Trafford, Leigh, Hyde, Glossop, Buxton, Matlock, Derby, Nottingham, Leicester, Coventry,
  Dudley, Sandwell, Walsall, Wolverhampton, Solihull, Telford, Shrewsbury, Hereford, Worcester, Gloucester, Cheltenham, Stroud,
  Swindon, Reading, Slough, Windsor, Maidenhead, Bracknell, Wokingham, Guildford, Woking, Epsom, Crawley, Horsham, Brighton, Hove,
  Lewes, Eastbourne, Hastings, Bexhill, Dover, Deal, Margate, Ramsgate, Canterbury, Maidstone, Chatham, Gillingham, Rochester,
  Dartford, Gravesend, Basildon, Southend, Chelmsford, Colchester, Harlow, Ipswich, Norwich, Cambridge, Peterborough, Luton,
  Bedford, Northampton, Kettering, Corby, Wellingborough, Oxford, Banbury, Bicester, Aylesbury, Watford, Stevenage, Hertford,
  Exeter, Plymouth, Torquay, Paignton, Truro, Penzance, Taunton, Yeovil, Bath, Bristol, Weston-super-Mare, Poole, Bournemouth,
  Christchurch, Weymouth, Dorchester, Salisbury, Winchester, Southampton, Portsmouth, Basingstoke, Andover, Newport, Cardiff,
  Swansea, Wrexham, Bangor, Barry, Merthyr Tydfil, Bridgend, Carmarthen, Aberystwyth, Llanelli, Pontypridd, Caerphilly,
  Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Perth, Stirling, Paisley, Livingston, Hamilton, Kilmarnock, Ayr, Irvine,
  Belfast, Derry, Londonderry, Newry, Lisburn, Armagh, Omagh, Leeds, Sheffield, Rotherham, Barnsley, Doncaster, Wakefield,
  Huddersfield, Halifax, Keighley, Harrogate, York, Scarborough, Whitby, Middlesbrough, Stockton, Hartlepool, Durham, Sunderland,
  Gateshead, Newcastle, Carlisle, Barrow, Lancaster, Blackpool, Blackburn, Burnley, Accrington, Chorley, Southport, Liverpool,
  Birkenhead, Wirral, Manchester, Birmingham, London, Lowestoft, Grimsby, Scunthorpe, Boston, Grantham, Mansfield, Worksop,
  Chesterfield, Macclesfield, Congleton, Nantwich, Winsford, Northwich, Widnes, Runcorn, St Edmunds, Edmunds
`);

/**
 * Words that end a street name: a capitalised word before one is a street, not a surname
 * ("Maple Close", "Jenkins Road"). Source: Royal Mail / NLPG street descriptors.
 * Ambiguous ones that are also surnames ("Hall", "Green", "Hill", "Lane", "Wood") only count
 * after a word that is not a given name ("Sarah Hall" is a person, "Church Hill" a street).
 */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set(
  words(
    'road rd street st avenue ave close crescent drive dr way lane ln grove gardens gdns court ct terrace place pl square ' +
      'walk row mews park hill green rise vale view parade embankment esplanade wharf quay yard estate lea meadow meadows ' +
      'fields field croft chase boulevard broadway circus hall wood end bridge common heath moor',
  ),
);
/** Street suffixes that are also common surnames: only a street when the word before is not a given name. */
export const AMBIGUOUS_STREET_SUFFIXES: ReadonlySet<string> = new Set(
  words('hall wood hill green lane field fields park court row end bridge common heath moor cross chase croft walk'),
);

/**
 * Words that end an organisation's or venue's name ("Riverside Primary School", "Khan Ltd",
 * "Sandhu & Co", "Jenkins Trust"). Source: Companies House name endings; DfE school types.
 */
export const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set(
  words(
    'council ltd limited plc llp llc inc co school academy college university primary secondary nursery trust foundation ' +
      'charity hospital surgery practice clinic centre center church chapel mosque gurdwara temple synagogue club fc rfc ' +
      'association society partnership group housing homes services service library museum theatre hotel pub arms inn ' +
      'committee board party union federation network forum alliance institute agency authority department ward station ' +
      'stadium leisure community project appeal fund funds award awards festival market office offices day ' +
      // Venue and trade words: "Costa Coffee", "Patel Motors", "Khan Pharmacy" are businesses, not residents.
      'coffee cafe caf\u00e9 bakery bakers kitchen bar grill pizza motors autos autocentre garage pharmacy chemist chemists stores foods ' +
      'butchers barbers salon express superstore supermarket bookmakers opticians dental vets takeaway tandoori chippy fisheries diner ' +
      'deli brewery tavern carpets furniture interiors travel pantry',
  ),
);
