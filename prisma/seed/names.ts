// Data for the demo trust: people's names as in English schools today, places in West
// Yorkshire, school name parts, job titles and subjects. Data only; factories draw from it.

/**
 * Names by background with their share of staff, so first name and surname usually go
 * together; a small share of people get a first name from one list and a surname from another.
 */
export const NAME_GROUPS: readonly { weight: number; first: readonly string[]; last: readonly string[] }[] = [
  {
    weight: 64,
    first: [
      "Oliver", "George", "Harry", "Jack", "Jacob", "Thomas", "James", "William", "Daniel", "Samuel",
      "Joseph", "Matthew", "Luke", "Adam", "Ben", "Chris", "David", "Mark", "Paul", "Andrew",
      "Richard", "Simon", "Stephen", "Robert", "Michael", "Peter", "Jonathan", "Craig", "Gareth", "Liam",
      "Ryan", "Callum", "Connor", "Ethan", "Owen", "Rhys", "Declan", "Ciaran", "Ewan", "Alistair",
      "Olivia", "Amelia", "Isla", "Emily", "Sophie", "Jessica", "Charlotte", "Lucy", "Hannah", "Ellie",
      "Grace", "Chloe", "Megan", "Rebecca", "Sarah", "Laura", "Emma", "Rachel", "Claire", "Helen",
      "Joanne", "Nicola", "Louise", "Kerry", "Gemma", "Kirsty", "Lindsey", "Victoria", "Katie", "Jenny",
      "Amy", "Beth", "Holly", "Zoe", "Abigail", "Natalie", "Siobhan", "Niamh", "Fiona", "Catherine",
      "Susan", "Julie", "Karen", "Alison", "Dawn", "Tracey", "Debbie", "Angela", "Gillian", "Lesley",
      "Freya", "Poppy", "Ruby", "Phoebe", "Imogen", "Eleanor", "Harriet", "Georgia", "Lauren", "Carys",
    ],
    last: [
      "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
      "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
      "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Harris", "Lewis", "Baker",
      "Shaw", "Harrison", "Atkinson", "Hirst", "Sykes", "Haigh", "Firth", "Brook", "Crowther", "Holroyd",
      "Ackroyd", "Barraclough", "Sutcliffe", "Greenwood", "Pickersgill", "Whiteley", "Lockwood", "Dyson", "Bentley", "Marsden",
      "Murphy", "O'Brien", "Kelly", "Byrne", "Doyle", "O'Connor", "McCarthy", "Walsh", "Gallagher", "Quinn",
      "Campbell", "Stewart", "MacDonald", "Fraser", "Morgan", "Griffiths", "Price", "Lloyd", "Pritchard", "Hughes-Jones",
      "Fletcher", "Armitage", "Booth", "Kaye", "Senior", "Wainwright", "Fox", "Knowles", "Ramsden", "Schofield",
    ],
  },
  {
    weight: 10,
    first: [
      "Mohammed", "Imran", "Asif", "Tariq", "Bilal", "Zain", "Hamza", "Amir", "Faisal", "Yusuf",
      "Ayesha", "Fatima", "Zainab", "Amina", "Sana", "Rukhsana", "Nadia", "Shabana", "Mehreen", "Saima",
    ],
    last: ["Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Mahmood", "Iqbal", "Rashid", "Butt", "Malik", "Rahman", "Chowdhury", "Miah", "Uddin", "Islam", "Shah"],
  },
  {
    weight: 6,
    first: ["Arjun", "Rohan", "Sanjay", "Vikram", "Rajesh", "Anil", "Harpreet", "Gurpreet", "Priya", "Anjali", "Sunita", "Nisha", "Simran", "Kiran", "Deepa"],
    last: ["Patel", "Sharma", "Singh", "Gill", "Sandhu", "Chauhan", "Mistry", "Kumar", "Mehta", "Bains", "Dhillon", "Johal"],
  },
  {
    weight: 5,
    first: ["Chidi", "Emeka", "Tunde", "Kwame", "Kofi", "Femi", "Tobi", "Adaeze", "Ngozi", "Chiamaka", "Funmi", "Abena", "Ama", "Yemi"],
    last: ["Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Osei", "Adebayo", "Eze", "Owusu", "Nwosu"],
  },
  {
    weight: 3,
    first: ["Jermaine", "Marcus", "Dwayne", "Tyrone", "Leon", "Andre", "Shanice", "Keisha", "Aaliyah", "Nia", "Tanisha", "Chantelle"],
    last: ["Campbell-Brown", "Francis", "Grant", "Reid", "Henry", "Bailey", "Morrison", "Gayle", "Samuels", "Thomas"],
  },
  {
    weight: 5,
    first: ["Jakub", "Piotr", "Tomasz", "Marek", "Andrei", "Lukas", "Agnieszka", "Katarzyna", "Magdalena", "Monika", "Ioana", "Elena"],
    last: ["Nowak", "Wojcik", "Mazur", "Krawczyk", "Kaczmarek", "Popescu", "Ionescu", "Horvath", "Dvorak", "Novak"],
  },
  {
    weight: 3,
    first: ["Wei", "Jun", "Ming", "Hao", "Kai", "Li", "Mei", "Hui", "Xin", "Jia"],
    last: ["Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Lam", "Ng", "Cheung", "Ho"],
  },
  {
    weight: 4,
    first: ["Omar", "Khalid", "Abdi", "Mustafa", "Karim", "Yasmin", "Leila", "Hodan", "Samira", "Noor"],
    last: ["Hassan", "Mohamed", "Abdullah", "Warsame", "Farah", "Haddad", "Ibrahim", "Mansour", "Osman", "Aziz"],
  },
];

/** A place in West Yorkshire with its postcode district and rough centre. */
export type Place = { name: string; district: string; lat: number; lon: number };

const p = (name: string, district: string, lat: number, lon: number): Place => ({ name, district, lat, lon });

/** Areas a cluster is named after, each with the towns and villages its schools sit in. */
export const AREAS: readonly { name: string; places: readonly Place[] }[] = [
  {
    name: "Five Towns",
    places: [
      p("Castleford", "WF10", 53.725, -1.356), p("Pontefract", "WF8", 53.691, -1.312), p("Featherstone", "WF7", 53.676, -1.358),
      p("Knottingley", "WF11", 53.706, -1.244), p("Normanton", "WF6", 53.698, -1.416), p("Altofts", "WF6", 53.707, -1.418),
    ],
  },
  {
    name: "Morley and Outwood",
    places: [
      p("Morley", "LS27", 53.74, -1.599), p("Outwood", "WF1", 53.711, -1.513), p("Stanley", "WF3", 53.716, -1.476),
      p("East Ardsley", "WF3", 53.723, -1.548), p("Gildersome", "LS27", 53.757, -1.633), p("Wrenthorpe", "WF2", 53.7, -1.527),
    ],
  },
  {
    name: "Spen Valley",
    places: [
      p("Cleckheaton", "BD19", 53.725, -1.713), p("Heckmondwike", "WF16", 53.708, -1.674), p("Birstall", "WF17", 53.732, -1.661),
      p("Liversedge", "WF15", 53.707, -1.69), p("Gomersal", "BD19", 53.733, -1.68), p("Drighlington", "BD11", 53.755, -1.665),
    ],
  },
  {
    name: "Calder Valley",
    places: [
      p("Todmorden", "OL14", 53.714, -2.098), p("Hebden Bridge", "HX7", 53.742, -2.012), p("Mytholmroyd", "HX7", 53.73, -1.982),
      p("Sowerby Bridge", "HX6", 53.708, -1.908), p("Ripponden", "HX6", 53.672, -1.943),
    ],
  },
  {
    name: "Holme Valley",
    places: [
      p("Holmfirth", "HD9", 53.571, -1.787), p("Honley", "HD9", 53.603, -1.794), p("Meltham", "HD9", 53.592, -1.851),
      p("Netherthong", "HD9", 53.58, -1.804), p("Brockholes", "HD9", 53.596, -1.772),
    ],
  },
  {
    name: "Colne Valley",
    places: [
      p("Slaithwaite", "HD7", 53.624, -1.88), p("Marsden", "HD7", 53.601, -1.93), p("Golcar", "HD7", 53.637, -1.855),
      p("Linthwaite", "HD7", 53.625, -1.852), p("Lindley", "HD3", 53.66, -1.823),
    ],
  },
  {
    name: "Dewsbury and Batley",
    places: [
      p("Dewsbury", "WF13", 53.691, -1.633), p("Batley", "WF17", 53.716, -1.627), p("Mirfield", "WF14", 53.675, -1.693),
      p("Thornhill", "WF12", 53.667, -1.615), p("Ravensthorpe", "WF13", 53.676, -1.656),
    ],
  },
  {
    name: "Aire Valley",
    places: [
      p("Keighley", "BD21", 53.867, -1.911), p("Bingley", "BD16", 53.848, -1.838), p("Shipley", "BD18", 53.833, -1.773),
      p("Silsden", "BD20", 53.914, -1.937), p("Haworth", "BD22", 53.83, -1.955), p("Cullingworth", "BD13", 53.826, -1.898),
    ],
  },
  {
    name: "Wharfedale",
    places: [
      p("Otley", "LS21", 53.905, -1.692), p("Ilkley", "LS29", 53.925, -1.822), p("Menston", "LS29", 53.89, -1.745),
      p("Guiseley", "LS20", 53.875, -1.712), p("Yeadon", "LS19", 53.866, -1.688), p("Burley-in-Wharfedale", "LS29", 53.911, -1.753),
    ],
  },
  {
    name: "Wakefield South",
    places: [
      p("Horbury", "WF4", 53.66, -1.557), p("Crigglestone", "WF4", 53.645, -1.528), p("Sandal", "WF2", 53.666, -1.49),
      p("Walton", "WF2", 53.655, -1.465), p("Crofton", "WF4", 53.655, -1.437), p("Sharlston", "WF4", 53.669, -1.415),
    ],
  },
  {
    name: "Leeds East",
    places: [
      p("Garforth", "LS25", 53.792, -1.389), p("Rothwell", "LS26", 53.748, -1.478), p("Kippax", "LS25", 53.767, -1.371),
      p("Methley", "LS26", 53.733, -1.41), p("Boston Spa", "LS23", 53.904, -1.345), p("Wetherby", "LS22", 53.928, -1.386),
    ],
  },
  {
    name: "Brighouse and Elland",
    places: [
      p("Brighouse", "HD6", 53.703, -1.783), p("Elland", "HX5", 53.683, -1.839), p("Hipperholme", "HX3", 53.725, -1.81),
      p("Northowram", "HX3", 53.738, -1.83), p("Rastrick", "HD6", 53.694, -1.789),
    ],
  },
  {
    name: "Hemsworth and South Elmsall",
    places: [
      p("Hemsworth", "WF9", 53.611, -1.352), p("South Elmsall", "WF9", 53.596, -1.281), p("South Kirkby", "WF9", 53.593, -1.32),
      p("Ackworth", "WF7", 53.65, -1.333), p("Fitzwilliam", "WF9", 53.632, -1.371), p("Ryhill", "WF4", 53.625, -1.413),
    ],
  },
  {
    name: "Kirkburton and Denby Dale",
    places: [
      p("Kirkburton", "HD8", 53.61, -1.703), p("Denby Dale", "HD8", 53.572, -1.656), p("Skelmanthorpe", "HD8", 53.59, -1.651),
      p("Shepley", "HD8", 53.585, -1.708), p("Almondbury", "HD5", 53.632, -1.748),
    ],
  },
  {
    name: "Pudsey and Horsforth",
    places: [
      p("Pudsey", "LS28", 53.795, -1.663), p("Horsforth", "LS18", 53.84, -1.64), p("Calverley", "LS28", 53.828, -1.687),
      p("Farsley", "LS28", 53.812, -1.672), p("Rawdon", "LS19", 53.85, -1.678),
    ],
  },
  {
    name: "Queensbury and Thornton",
    places: [
      p("Queensbury", "BD13", 53.768, -1.845), p("Thornton", "BD13", 53.79, -1.851), p("Clayton", "BD14", 53.782, -1.816),
      p("Wilsden", "BD15", 53.82, -1.86), p("Denholme", "BD13", 53.8, -1.894),
    ],
  },
];

/** Suffixes that tell apart clusters drawn from the same area once every area is in use. */
export const AREA_SUFFIXES = ["North", "South", "East", "West", "Central", "Rural", "Upper", "Lower"] as const;

export const SAINTS = [
  "St Mary's", "St John's", "St Peter's", "St Michael's", "St Andrew's", "St Paul's", "St Thomas'", "St Helen's",
  "St Oswald's", "St Botolph's", "St Giles'", "St Anne's", "Holy Trinity", "All Saints'", "Christ Church", "St Chad's",
  "St Aidan's", "St Hilda's", "St Cuthbert's", "St Wilfrid's", "St Luke's", "St James'", "St Mark's", "St Matthew's",
  "St Barnabas'", "St Bartholomew's", "St Nicholas'", "St Margaret's", "St Edmund's", "St Lawrence's",
] as const;

/** First and second halves of names like "Oakfield", "Willow Green", "Brookside". */
export const FEATURE_STEMS = [
  "Oak", "Ash", "Beech", "Elm", "Willow", "Birch", "Hawthorn", "Rowan", "Holly", "Meadow", "Brook", "High",
  "Spring", "Green", "Fern", "Lark", "Kings", "Queens", "Church", "Mill", "Bridge", "Castle", "Windmill",
  "Heather", "Chestnut", "Cherry", "Moor", "Well", "Hollins", "Crag",
] as const;
export const FEATURE_ENDINGS = [
  "field", "wood", "lands", "dale", "side", "croft", "lea", "bank", "hill", "mead",
  " Park", " Grove", " Vale", " Green", " Lane", " View", " Royd", " Top",
] as const;

/** Secondary subjects with their rough share of a department's teachers. */
export const SECONDARY_SUBJECTS: readonly (readonly [string, number])[] = [
  ["English", 12], ["Mathematics", 12], ["Science", 10], ["Biology", 2], ["Chemistry", 2], ["Physics", 2],
  ["History", 4], ["Geography", 4], ["Religious Education", 3], ["French", 3], ["Spanish", 3], ["German", 1],
  ["Computing", 3], ["Art and Design", 2], ["Design and Technology", 3], ["Music", 1.5], ["Drama", 1.5],
  ["Physical Education", 5], ["Business Studies", 1.5], ["Economics", 0.5], ["Psychology", 1], ["Sociology", 1],
  ["Media Studies", 0.5], ["Food and Nutrition", 1], ["PSHE", 0.5],
];

/** Second subjects a secondary teacher plausibly also teaches. */
export const SECOND_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  Science: ["Biology", "Chemistry", "Physics"],
  Biology: ["Science"], Chemistry: ["Science"], Physics: ["Science", "Mathematics"],
  History: ["Religious Education", "Geography"], Geography: ["History"], "Religious Education": ["PSHE", "History"],
  French: ["Spanish", "German"], Spanish: ["French"], German: ["French"],
  "Physical Education": ["Science", "PSHE"], "Business Studies": ["Economics", "Computing"],
  Psychology: ["Sociology"], Sociology: ["Psychology"], Drama: ["English"], "Media Studies": ["English"],
  "Design and Technology": ["Food and Nutrition", "Art and Design"], English: ["Drama", "Media Studies"],
  Mathematics: ["Computing", "Physics"], Computing: ["Mathematics"],
};

/** Areas a primary or special teacher leads across the school. */
export const PRIMARY_LEAD_AREAS = [
  "English", "Mathematics", "Science", "Phonics", "Reading", "History", "Geography", "Computing",
  "Art and Design", "Design and Technology", "Music", "Physical Education", "Religious Education",
  "French", "PSHE", "Forest School",
] as const;

export const SEND_SUBJECT = "SEND";
export const PRIMARY_SUBJECT = "Primary";
export const EARLY_YEARS_SUBJECT = "Early Years";

export const LEADERSHIP_TITLES = {
  head: "Headteacher",
  executiveHead: "Executive Headteacher",
  deputy: "Deputy Headteacher",
  assistant: "Assistant Headteacher",
} as const;

export type MiddleRole = { title: string; subjects: readonly string[] | "teaching" };

/** Middle leaders in the order a school of that phase would appoint them. */
export const MIDDLE_LEADERS: Readonly<Record<"SECONDARY" | "PRIMARY" | "SPECIAL", readonly MiddleRole[]>> = {
  SECONDARY: [
    { title: "Head of English", subjects: ["English"] },
    { title: "Head of Mathematics", subjects: ["Mathematics"] },
    { title: "Head of Science", subjects: ["Science"] },
    { title: "SENCO", subjects: [SEND_SUBJECT] },
    { title: "Head of Year 7", subjects: "teaching" },
    { title: "Head of Year 8", subjects: "teaching" },
    { title: "Head of Year 9", subjects: "teaching" },
    { title: "Head of Year 10", subjects: "teaching" },
    { title: "Head of Year 11", subjects: "teaching" },
    { title: "Head of Humanities", subjects: ["History", "Geography"] },
    { title: "Head of Modern Foreign Languages", subjects: ["French", "Spanish"] },
    { title: "Head of Computing", subjects: ["Computing"] },
    { title: "Head of Physical Education", subjects: ["Physical Education"] },
    { title: "Head of Design and Technology", subjects: ["Design and Technology"] },
    { title: "Head of Creative Arts", subjects: ["Art and Design", "Music", "Drama"] },
    { title: "Head of Sixth Form", subjects: "teaching" },
    { title: "Head of Religious Education", subjects: ["Religious Education"] },
    { title: "Second in Mathematics", subjects: ["Mathematics"] },
    { title: "Second in English", subjects: ["English"] },
    { title: "Second in Science", subjects: ["Science"] },
    { title: "Head of Geography", subjects: ["Geography"] },
    { title: "Head of History", subjects: ["History"] },
    { title: "Head of Music", subjects: ["Music"] },
    { title: "Head of Drama", subjects: ["Drama"] },
    { title: "Head of Social Sciences", subjects: ["Psychology", "Sociology"] },
    { title: "Head of Business Studies", subjects: ["Business Studies"] },
    { title: "Literacy Coordinator", subjects: ["English"] },
    { title: "Numeracy Coordinator", subjects: ["Mathematics"] },
  ],
  PRIMARY: [
    { title: "SENCO", subjects: [SEND_SUBJECT] },
    { title: "EYFS Lead", subjects: [EARLY_YEARS_SUBJECT] },
    { title: "Key Stage 2 Lead", subjects: [PRIMARY_SUBJECT] },
    { title: "Key Stage 1 Lead", subjects: [PRIMARY_SUBJECT] },
    { title: "Mathematics Lead", subjects: ["Mathematics"] },
    { title: "English Lead", subjects: ["English"] },
    { title: "Science Lead", subjects: ["Science"] },
  ],
  SPECIAL: [
    { title: "SENCO", subjects: [SEND_SUBJECT] },
    { title: "Phase Leader (Primary)", subjects: [SEND_SUBJECT, PRIMARY_SUBJECT] },
    { title: "Phase Leader (Key Stage 3)", subjects: [SEND_SUBJECT] },
    { title: "Head of Post-16", subjects: [SEND_SUBJECT] },
    { title: "Communication and Interaction Lead", subjects: [SEND_SUBJECT] },
    { title: "Sensory Curriculum Lead", subjects: [SEND_SUBJECT] },
    { title: "Early Years Lead", subjects: [SEND_SUBJECT, EARLY_YEARS_SUBJECT] },
    { title: "Mathematics Lead", subjects: [SEND_SUBJECT, "Mathematics"] },
    { title: "English Lead", subjects: [SEND_SUBJECT, "English"] },
  ],
};

/** Who a support role reports to: the business manager, the SENCO, a senior leader or the head. */
export type SupportManager = "business" | "senco" | "senior" | "head";
export type SupportRole = { title: string; weight: number; fte: readonly (readonly [string, number])[]; manager: SupportManager };

const FULL_TIME = [["1.000", 1]] as const;
const CLASSROOM_FTE = [["1.000", 4], ["0.800", 2], ["0.730", 2], ["0.600", 2], ["0.500", 1]] as const;
const OFFICE_FTE = [["1.000", 5], ["0.800", 2], ["0.600", 2], ["0.500", 1]] as const;
const MIDDAY_FTE = [["0.200", 3], ["0.170", 2], ["0.250", 1]] as const;

/** One of each, appointed first (when the school is big enough), then a weighted pool. */
export const SUPPORT_ROLES: Readonly<
  Record<"SECONDARY" | "PRIMARY" | "SPECIAL", { singles: readonly SupportRole[]; pool: readonly SupportRole[] }>
> = {
  SECONDARY: {
    singles: [
      { title: "School Business Manager", weight: 0, fte: FULL_TIME, manager: "head" },
      { title: "Site Manager", weight: 0, fte: FULL_TIME, manager: "business" },
      { title: "Office Manager", weight: 0, fte: FULL_TIME, manager: "business" },
      { title: "Data Manager", weight: 0, fte: FULL_TIME, manager: "senior" },
      { title: "Exams Officer", weight: 0, fte: OFFICE_FTE, manager: "senior" },
      { title: "Attendance Officer", weight: 0, fte: OFFICE_FTE, manager: "senior" },
      { title: "Librarian", weight: 0, fte: OFFICE_FTE, manager: "senior" },
      { title: "Finance Officer", weight: 0, fte: OFFICE_FTE, manager: "business" },
      { title: "HR Officer", weight: 0, fte: OFFICE_FTE, manager: "business" },
    ],
    pool: [
      { title: "Teaching Assistant", weight: 10, fte: CLASSROOM_FTE, manager: "senco" },
      { title: "Higher Level Teaching Assistant", weight: 3, fte: CLASSROOM_FTE, manager: "senco" },
      { title: "Cover Supervisor", weight: 4, fte: FULL_TIME, manager: "senior" },
      { title: "Learning Mentor", weight: 3, fte: FULL_TIME, manager: "senior" },
      { title: "Pastoral Support Officer", weight: 4, fte: FULL_TIME, manager: "senior" },
      { title: "Science Technician", weight: 3, fte: OFFICE_FTE, manager: "senior" },
      { title: "Design and Technology Technician", weight: 1, fte: OFFICE_FTE, manager: "senior" },
      { title: "IT Technician", weight: 2, fte: FULL_TIME, manager: "business" },
      { title: "Administrative Assistant", weight: 4, fte: OFFICE_FTE, manager: "business" },
      { title: "Receptionist", weight: 2, fte: OFFICE_FTE, manager: "business" },
      { title: "Caretaker", weight: 2, fte: FULL_TIME, manager: "business" },
      { title: "Cleaner", weight: 2, fte: [["0.500", 2], ["0.400", 1]], manager: "business" },
      { title: "Careers Adviser", weight: 1, fte: OFFICE_FTE, manager: "senior" },
      { title: "Midday Supervisor", weight: 2, fte: MIDDAY_FTE, manager: "business" },
    ],
  },
  PRIMARY: {
    singles: [
      { title: "School Business Manager", weight: 0, fte: OFFICE_FTE, manager: "head" },
      { title: "Office Manager", weight: 0, fte: OFFICE_FTE, manager: "business" },
      { title: "Site Manager", weight: 0, fte: FULL_TIME, manager: "business" },
      { title: "Learning Mentor", weight: 0, fte: CLASSROOM_FTE, manager: "senco" },
    ],
    pool: [
      { title: "Teaching Assistant", weight: 12, fte: CLASSROOM_FTE, manager: "senco" },
      { title: "Higher Level Teaching Assistant", weight: 3, fte: CLASSROOM_FTE, manager: "senco" },
      { title: "Early Years Practitioner", weight: 3, fte: CLASSROOM_FTE, manager: "senior" },
      { title: "Midday Supervisor", weight: 6, fte: MIDDAY_FTE, manager: "business" },
      { title: "Breakfast Club Assistant", weight: 1, fte: [["0.200", 1]], manager: "business" },
      { title: "Administrative Assistant", weight: 2, fte: OFFICE_FTE, manager: "business" },
      { title: "Family Support Worker", weight: 1, fte: OFFICE_FTE, manager: "senco" },
      { title: "Cleaner", weight: 2, fte: [["0.400", 2], ["0.300", 1]], manager: "business" },
    ],
  },
  SPECIAL: {
    singles: [
      { title: "School Business Manager", weight: 0, fte: FULL_TIME, manager: "head" },
      { title: "Office Manager", weight: 0, fte: FULL_TIME, manager: "business" },
      { title: "Site Manager", weight: 0, fte: FULL_TIME, manager: "business" },
      { title: "School Nurse", weight: 0, fte: OFFICE_FTE, manager: "senior" },
      { title: "Family Support Worker", weight: 0, fte: OFFICE_FTE, manager: "senior" },
    ],
    pool: [
      { title: "Teaching Assistant", weight: 10, fte: CLASSROOM_FTE, manager: "senior" },
      { title: "Higher Level Teaching Assistant", weight: 4, fte: CLASSROOM_FTE, manager: "senior" },
      { title: "Specialist Teaching Assistant", weight: 4, fte: CLASSROOM_FTE, manager: "senior" },
      { title: "Speech and Language Therapy Assistant", weight: 1, fte: OFFICE_FTE, manager: "senior" },
      { title: "Midday Supervisor", weight: 3, fte: MIDDAY_FTE, manager: "business" },
      { title: "Minibus Driver", weight: 1, fte: [["0.500", 1], ["0.400", 1]], manager: "business" },
      { title: "Administrative Assistant", weight: 1, fte: OFFICE_FTE, manager: "business" },
    ],
  },
};
