// Names drawn from the spread of the UK's population, so no group's names only ever appear in
// one kind of sentence.
export const firstNames = [
  'Sarah', 'James', 'Priya', 'Mohammed', 'Gareth', 'Siobhan', 'Dave', 'Aisha', 'Tom', 'Karen',
  'Rhys', 'Agnieszka', 'Chidi', 'Fiona', 'Sanjay', 'Bethan', 'Lee', 'Nadia', 'Graham', 'Megan',
  'Tariq', 'Jo', 'Darren', 'Helen', 'Kwame', 'Marek', 'Sian', 'Ian', 'Yasmin', 'Paul',
] as const;

export const lastNames = [
  'Patel', 'Jones', 'Smith', 'Khan', 'Williams', 'O\'Brien', 'Evans', 'Hussain', 'Taylor',
  'Nowak', 'Davies', 'Okafor', 'Campbell', 'Begum', 'Hughes', 'Wright', 'Singh', 'Thomas',
  'Kowalski', 'Roberts', 'Ahmed', 'Mensah', 'Price', 'Clarke', 'Walsh', 'Lewis', 'Chen',
] as const;

// Officers as posts name them: the role alone identifies a person in a small council.
export const officerRoles = [
  'the planning officer', 'our Chief Executive', 'the Head of Planning', 'the monitoring officer',
  'the licensing officer', 'the case officer', 'the Director of Housing', 'the council\'s lawyer',
  'the clerk', 'the Section 151 officer', 'the highways engineer', 'the democratic services officer',
  'the environmental health officer', 'the head of waste services', 'the parish clerk',
] as const;

export const councillorTitles = ['Cllr', 'Councillor', 'Cllr.'] as const;

export const residentRoles = [
  'the woman at number 12', 'the bloke who runs the chippy', 'my neighbour', 'the lad from the estate',
  'the chair of the residents\' association', 'the man who spoke at the public meeting',
  'the landlord of the Crown', 'the woman who keeps emailing me',
] as const;

// Public figures whose politics a councillor may criticise robustly.
export const publicFigures = [
  'the Leader of the Council', 'the Cabinet member for housing', 'our MP', 'the Mayor',
  'the Police and Crime Commissioner', 'the Prime Minister', 'the Secretary of State',
  'the opposition leader', 'the portfolio holder for highways',
] as const;

export const parties = [
  'the Conservatives', 'Labour', 'the Lib Dems', 'the Greens', 'Reform', 'Plaid Cymru', 'the SNP',
  'the Independents', 'the ruling group', 'the opposition group',
] as const;
