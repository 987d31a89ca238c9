// UK places, streets, sites and venues as they appear in local posts.
export const towns = [
  'Barnsley', 'Swindon', 'Wrexham', 'Kettering', 'Stockport', 'Bridgend', 'Harlow', 'Carlisle',
  'Taunton', 'Rotherham', 'Maidstone', 'Llanelli', 'Crawley', 'Wigan', 'Boston', 'Margate',
  'Falkirk', 'Peterborough', 'Stoke', 'Hartlepool', 'Bicester', 'Merthyr',
] as const;

export const streets = [
  'High Street', 'Station Road', 'Church Lane', 'Mill Road', 'Victoria Street', 'Park Avenue',
  'Queen Street', 'London Road', 'the Parade', 'Market Square', 'Bridge Street', 'Heol y Nant',
] as const;

export const wards = [
  'Northfield ward', 'Abbey ward', 'Castle ward', 'Riverside', 'the Moors estate', 'Westgate',
  'St Mary\'s ward', 'Hillside', 'Tredegar Park', 'Southmead',
] as const;

// Land and buildings that planning applications name.
export const sites = [
  'Oak Tree Farm', 'the old gasworks', 'Mill Lane', 'the former police station', 'Ashfield Park',
  'the Bowling Green', 'Hollow Lane', 'the old Woolworths', 'Greenacres', 'Cae Mawr',
  'the Meadows', 'the library car park', 'Lower Fields', 'the Depot',
] as const;

// Licensed premises.
export const venues = [
  'the White Hart', 'the Kings Arms', 'Bar Zero', 'the Co-op on Station Road', 'Club Tropicana',
  'the Crown', 'the Black Horse', 'Spice Garden', 'the Plough', 'Late Night Kebabs',
  'the Railway Tavern', 'Vibe nightclub',
] as const;

// Public places the council runs: named in ordinary service posts.
export const amenities = [
  'the leisure centre', 'the library', 'the park', 'the tip', 'the community centre',
  'the town hall', 'the swimming pool', 'the bus station', 'the market', 'the recycling centre',
] as const;
