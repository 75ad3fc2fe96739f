package tieline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes cables are written with: titles, the words that head ministries,
 * agencies and programmes, speech verbs, calendar words and capitalised words that are never
 * names. Knowledge about particular entities lives in the gazetteer, not here.
 */
final class CableVocabulary {

    private CableVocabulary() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words that end a title and may be followed directly by a name ("Minister Heydarov"). */
    static final Set<String> TITLE_HEADS = words(
            "President", "Minister", "Ambassador", "Secretary", "Undersecretary", "Under-Secretary",
            "General", "Gen", "Lieutenant", "Lt", "Major", "Maj", "Colonel", "Col", "Captain", "Capt",
            "Admiral", "Adm", "Commander", "Cmdr", "Chief", "Director", "Director-General", "Chair",
            "Chairman", "Chairwoman", "Chairperson", "Co-Chair", "Co-chair", "Cochair", "Head", "Governor",
            "Gov", "Mayor", "Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman",
            "Speaker", "Spokesman", "Spokeswoman", "Spokesperson", "Advisor", "Adviser", "Counselor",
            "Counsellor", "Consul", "Attache", "Prosecutor", "Prosecutor-General", "Judge", "Professor",
            "Prof", "Dr", "Mr", "Mrs", "Ms", "Miss", "Sheikh", "Shaykh", "King", "Queen", "Prince",
            "Princess", "Emir", "Amir", "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Imam",
            "Mufti", "Ayatollah", "Rabbi", "Sergeant", "Sgt", "Ombudsman", "Envoy", "Coordinator",
            "Deputy", "Charge", "d'Affaires", "d\u2019Affaires", "Affaires", "Amb", "Premier", "Chancellor",
            "Vice-President",
            "Vice-Premier",
            "Commissioner", "Rector", "Dean", "Brigadier", "Marshal", "Colonel-General", "Lieutenant-General",
            "Major-General", "Rear", "Ambassador-at-Large", "Minister-Counselor", "Minister-Counsellor",
            "Undersecretary-General", "Governor-General", "Vice-Chairman", "Vice-Minister", "Vice-Governor",
            "Delegate", "MP", "MK", "DAS", "DASD", "PDAS", "A/S", "U/S", "DFM", "FonMin", "FM", "PM",
            "DPM", "DefMin", "CDA", "DCM", "POLAD", "Poloff", "PolOff", "Econoff", "EconOff", "Emboff",
            "EmbOff", "PolEconOff", "Pol/Econ", "Polcouns", "PolCouns", "Econcouns", "Mincouns", "MinCouns", "ADCM",
            "SecState", "SecDef",
            "CODEL", "Codel", "Staffdel", "STAFFDEL", "SRSG", "AMCIT", "Amcit", "HRH", "HM", "Rev", "Dir",
            "Pres", "PolChief", "DATT", "Sec", "Dep", "Manager", "Officer", "Specialist", "Inspector",
            "Superintendent", "Auditor", "Administrator", "Analyst", "ConGen", "Congen", "AmConGen",
            "Consul-General", "Commandant", "Magistrate", "Sheriff", "Provost", "Chaplain", "Treasurer",
            "Registrar", "Comptroller", "Inspector-General", "Mullah", "Maulana", "Mawlana", "Haji", "Hajji",
            "Secretary-General", "SecGen", "MGen", "BGen", "LtGen", "EconMinCouns", "PolMinCouns");

    /** Titles written in lower case in running text before a full name ("official Anatoly Antonov"). */
    static final Set<String> LOWER_TITLE_HEADS = words(
            "official", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "minister",
            "ambassador", "envoy", "representative", "chairman", "director", "head", "leader", "journalist",
            "activist", "businessman", "businesswoman", "oligarch", "lawyer", "attorney", "editor",
            "commentator", "analyst", "expert", "professor", "counterpart", "deputy", "president",
            "governor", "mayor", "candidate", "chief", "diplomat", "dissident", "blogger", "reporter",
            "correspondent", "economist", "investor", "banker", "entrepreneur", "politician", "MP",
            "parliamentarian", "senator", "congressman", "general", "colonel", "commander", "officer",
            "negotiator", "prosecutor", "judge", "cleric", "scholar", "secretary", "coordinator", "founder",
            "owner", "CEO", "chairwoman", "writer", "author", "poet", "singer", "director-general", "consul",
            "rapporteur", "ombudsman", "aide", "assistant", "counselor", "counsellor", "opposition");

    /** Title words that may stand before the head ("Deputy Foreign Minister", "Naval Chief"). */
    static final Set<String> TITLE_QUALIFIERS = words(
            "Deputy", "First", "Vice", "Acting", "Assistant", "Senior", "Special", "Executive", "Foreign",
            "Defense", "Defence", "Interior", "Justice", "Finance", "Naval", "Economic", "Political",
            "National", "Security", "International", "Relations", "State", "Permanent", "Principal",
            "Presidential", "Regional", "Prime", "Chief", "Under", "Associate", "Military", "Air", "Army",
            "Navy", "Force", "Staff", "Joint", "General", "Lieutenant", "Major", "Rear", "Brigadier",
            "Supreme", "Commanding", "Defense-Minister", "Energy", "Economy", "Trade", "Health",
            "Education", "Culture", "Agriculture", "Transport", "Labor", "Labour", "Environment",
            "Ecology", "Industry", "Communications", "Tax", "Taxes", "Customs", "Border", "Emergency",
            "Internal", "Affairs", "Intelligence", "Police", "Public", "Legal", "Consular", "Press",
            "Cultural", "Commercial", "Public-Affairs", "Administrative", "Managing", "Co", "Honorary",
            "Parliamentary", "Party", "Opposition", "Majority", "Minority", "Ruling", "Interim",
            "Caretaker", "Designate", "Ambassador-designate", "Outgoing", "Incoming", "Retired", "Ret",
            "Embassy", "Mission", "Program", "Country", "Desk", "Team", "Task", "Operations", "Planning",
            "Policy", "Sector", "Department", "Division", "Unit", "Office", "Bureau", "Section", "Group");

    /** Military ranks: dropped from the end of a role title ("Commander General" -> "Commander"). */
    static final Set<String> RANKS = words("General", "Gen", "Admiral", "Adm", "Colonel", "Col", "Captain",
            "Capt", "Major", "Maj", "Lieutenant", "Lt", "Sergeant", "Sgt", "Brigadier", "Marshal",
            "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Sheikh", "Shaykh", "Ayatollah",
            "Colonel-General", "Lieutenant-General", "Major-General", "Rear");

    /** Abbreviated titles and what they stand for. */
    static final Map<String, String> TITLE_EXPANSIONS = Map.ofEntries(
            Map.entry("FonMin", "Foreign Minister"), Map.entry("FM", "Foreign Minister"),
            Map.entry("DFM", "Deputy Foreign Minister"), Map.entry("DefMin", "Defense Minister"),
            Map.entry("PM", "Prime Minister"), Map.entry("DPM", "Deputy Prime Minister"),
            Map.entry("DAS", "Deputy Assistant Secretary"), Map.entry("PDAS", "Principal Deputy Assistant Secretary"),
            Map.entry("DASD", "Deputy Assistant Secretary of Defense"), Map.entry("A/S", "Assistant Secretary"),
            Map.entry("U/S", "Under Secretary"), Map.entry("CDA", "Charge d'Affaires"),
            Map.entry("DCM", "Deputy Chief of Mission"), Map.entry("POLAD", "Political Advisor"),
            Map.entry("Amb", "Ambassador"), Map.entry("Gen", "General"), Map.entry("Lt", "Lieutenant"),
            Map.entry("Col", "Colonel"), Map.entry("Adm", "Admiral"), Map.entry("Sen", "Senator"),
            Map.entry("Rep", "Representative"), Map.entry("Gov", "Governor"), Map.entry("Capt", "Captain"),
            Map.entry("Maj", "Major"), Map.entry("Cmdr", "Commander"), Map.entry("Sgt", "Sergeant"),
            Map.entry("SecState", "Secretary of State"), Map.entry("SecDef", "Secretary of Defense"),
            Map.entry("Poloff", "Political Officer"), Map.entry("PolOff", "Political Officer"),
            Map.entry("Econoff", "Economic Officer"), Map.entry("EconOff", "Economic Officer"),
            Map.entry("Emboff", "Embassy Officer"), Map.entry("EmbOff", "Embassy Officer"),
            Map.entry("Polcouns", "Political Counselor"), Map.entry("PolCouns", "Political Counselor"),
            Map.entry("Mincouns", "Minister-Counselor"), Map.entry("MinCouns", "Minister-Counselor"),
            Map.entry("ADCM", "Acting Deputy Chief of Mission"), Map.entry("d\u2019Affaires", "d'Affaires"),
            Map.entry("Affaires", "Charge d'Affaires"),
            Map.entry("Dir", "Director"), Map.entry("Pres", "President"), Map.entry("Prof", "Professor"),
            Map.entry("SecGen", "Secretary General"), Map.entry("Secretary-General", "Secretary General"),
            Map.entry("MGen", "Major General"), Map.entry("BGen", "Brigadier General"),
            Map.entry("LtGen", "Lieutenant General"), Map.entry("EconMinCouns", "Economic Minister-Counselor"),
            Map.entry("PolMinCouns", "Political Minister-Counselor"));

    /** Domain words of "X Minister" titles and the ministry they name ("Foreign" -> Foreign Affairs). */
    static final Map<String, String> MINISTRY_DOMAINS = Map.ofEntries(
            Map.entry("Foreign", "Foreign Affairs"), Map.entry("Defense", "Defense"), Map.entry("Defence", "Defense"),
            Map.entry("Interior", "Internal Affairs"), Map.entry("Justice", "Justice"), Map.entry("Finance", "Finance"),
            Map.entry("Energy", "Energy"), Map.entry("Economy", "Economic Development"),
            Map.entry("Trade", "Trade"), Map.entry("Health", "Health"), Map.entry("Education", "Education"),
            Map.entry("Culture", "Culture"), Map.entry("Agriculture", "Agriculture"),
            Map.entry("Transport", "Transport"), Map.entry("Labor", "Labor"), Map.entry("Labour", "Labor"),
            Map.entry("Environment", "Environment"), Map.entry("Ecology", "Ecology"),
            Map.entry("Industry", "Industry"), Map.entry("Communications", "Communications"));

    /** Words that head an organization name ("... Agency", "Ministry of ..."). */
    static final Set<String> ORG_HEADS = words(
            "Ministry", "Ministries", "Department", "Agency", "Service", "Services", "Committee", "Commission",
            "Council", "Office", "Bureau", "Foundation", "Party", "Bank", "Company", "Corporation", "Corp",
            "Institute", "University", "Academy", "Fund", "Organization", "Organisation", "Administration",
            "Parliament", "Assembly", "Court", "Union", "Association", "Group", "Command", "Directorate",
            "Inspectorate", "Authority", "Board", "Cabinet", "Chamber", "Federation", "Movement", "Front",
            "Coalition", "Alliance", "Society", "Center", "Centre", "Guard", "Forces", "Force", "Army",
            "Navy", "Police", "Prosecutor's", "Procuracy", "Procuratura", "Majlis", "Mejlis", "Duma",
            "Senate", "Congress", "Secretariat", "Network", "Consortium", "Inc", "Ltd", "LLC", "Holding",
            "Holdings", "Airlines", "Television", "TV", "Radio", "Newspaper", "Broadcasting", "Mission", "Forum",
            "Nacion", "Prensa", "Tiempo", "Pais", "Mundo", "Journal", "Herald", "Gazette", "Tribune", "Telegraph",
            "Observer", "Reuters", "Gazeta", "Izvestiya", "Pravda", "Zerkalo", "Hurriyet", "Milliyet",
            "Community", "Communities", "Commissariat", "Government", "Brigade", "Battalion", "Regiment", "Division", "Corps",
            "Squadron", "Fleet", "Unit", "Tribunal", "Prosecutor-General's", "Procuracy", "Bureau's", "Club",
            "League", "Network", "Trust", "Partners", "Group's", "Media", "Press", "Times", "Post", "News");

    /** Organization heads written before the name: "Ministry of ...", "Department of ...". */
    static final Set<String> ORG_HEADS_BEFORE_OF = words("Ministry", "Department", "Office", "Bureau",
            "Committee", "Commission", "Council", "Agency", "Institute", "University", "Academy", "Bank",
            "Chamber", "Federation", "Union", "Association", "Organization", "Organisation", "Board",
            "Directorate", "Inspectorate", "Secretariat", "Court", "Party", "Fund", "Service", "Administration",
            "Cabinet", "Center", "Centre");

    /** Words that head a programme, treaty or similar topic. */
    static final Set<String> TOPIC_HEADS = words("Program", "Programme", "Treaty", "Agreement", "Initiative",
            "Pipeline", "Partnership", "Plan", "Project", "Process", "Dialogue", "Accord", "Accords",
            "Convention", "Protocol", "Strategy", "Doctrine", "Conflict", "Mechanism", "Framework",
            "Principles", "Declaration", "Resolution", "Act", "Law", "Summit", "Conference", "Talks",
            "Exercise", "Operation", "Mission");

    /** Place words: a name before them is a place, not a person ("Heydar Aliyev Airport"). */
    static final Set<String> PLACE_HEADS = words("airport", "iap", "street", "avenue", "square", "prospekt",
            "prospect", "park", "stadium", "palace", "bridge", "dam", "port", "station", "highway", "road",
            "district", "region", "province", "oblast", "rayon", "raion", "city", "village", "island",
            "river", "lake", "sea", "mountains", "boulevard", "hotel", "hospital", "prison", "base",
            "school", "museum", "mosque", "church", "cathedral", "library", "building", "complex",
            "field", "fields", "oilfield", "terminal", "refinery", "plant", "factory", "center", "centre",
            "foundation", "institute", "university", "academy", "company", "fund", "prize", "award",
            "order", "medal", "memorial", "library", "gardens", "metro", "camp", "pipeline");

    /** Verbs that follow a speaker; a capitalised name before them is a person ("Bob Smith said"). */
    static final Set<String> SPEECH_VERBS = words("said", "says", "told", "stated", "noted", "explained",
            "added", "asked", "commented", "claimed", "argued", "emphasized", "emphasised", "stressed",
            "underscored", "agreed", "suggested", "complained", "replied", "responded", "insisted",
            "observed", "remarked", "warned", "confirmed", "denied", "acknowledged", "admitted", "announced",
            "reported", "recalled", "pointed", "opined", "averred", "asserted", "contended", "expressed",
            "welcomed", "thanked", "urged", "predicted", "lamented", "cautioned", "mentioned", "indicated",
            "highlighted", "assured", "promised", "pledged", "described", "characterized", "characterised",
            "questioned", "wondered", "met", "visited", "criticized", "criticised", "accused", "praised",
            "raised", "reiterated", "conceded", "speculated", "estimated", "believes", "believed", "thinks",
            "thought", "wrote", "declared", "proposed", "offered", "requested", "briefed", "discussed");

    /** Verbs of saying: a capitalised name with no title before one of them is a person ("Bob Smith said"). */
    static final Set<String> SAYING_VERBS = words("said", "says", "told", "stated", "noted", "explained", "added",
            "asked", "commented", "claimed", "argued", "emphasized", "emphasised", "stressed", "replied", "responded",
            "insisted", "observed", "remarked", "warned", "acknowledged", "admitted", "recalled", "opined",
            "averred", "asserted", "lamented", "wondered", "complained", "predicted", "conceded", "quipped");

    /** Kinship words: a full name right after one is a person ("his son Turan Gambarov"). */
    static final Set<String> RELATIVES = words("son", "sons", "daughter", "daughters", "wife", "husband", "brother",
            "brothers", "sister", "sisters", "father", "mother", "nephew", "niece", "cousin", "uncle", "aunt",
            "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "father-in-law", "widow", "grandson",
            "granddaughter", "spouse", "relative", "stepson");

    /** Name parts that never end a name ("Alaa El" is cut short of "El-Din"). */
    static final Set<String> NAME_PREFIXES = words("El", "Al", "Abu", "Bin", "Ibn", "Abdel", "Abdul", "Abd", "De",
            "Da", "Van", "Von", "Le", "La", "Del", "Di", "Du", "Ben", "Bou", "Ould", "Mac", "Mc", "St", "Der", "Den");

    static final Set<String> MONTHS = words("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    static final Set<String> WEEKDAYS = words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun");

    /** Lower-case words allowed inside a person's name ("Mohammed bin Rashid", "Charles de Gaulle"). */
    static final Set<String> NAME_PARTICLES = words("bin", "ibn", "bint", "al", "el", "de", "del", "della",
            "da", "das", "dos", "di", "du", "van", "von", "der", "den", "la", "le", "ter", "abu", "y");

    /**
     * Capitalised determiners, pronouns and conjunctions: never part of a name, and a sentence
     * running on without punctuation where one follows an organization's name ("Minister of Foreign
     * Affairs No travel details").
     */
    static final Set<String> FUNCTION_WORDS = words(
            "The", "This", "That", "These", "Those", "There", "Then", "Thus", "Therefore", "However", "But",
            "And", "Or", "Nor", "If", "When", "Where", "Why", "How", "What", "Who", "Whom", "Which", "We", "He",
            "She", "It", "They", "I", "You", "Our", "His", "Her", "Their", "Its", "My", "Your", "Us", "Him",
            "Them", "A", "An", "All", "Any", "Some", "No", "Not", "Both", "Each", "Every", "Other", "Another",
            "Such", "Many", "Most", "Several", "Also", "Although", "Though", "Because", "Despite", "Given");

    /** Capitalised prepositions: never part of a person's name (they may be inside an organization's). */
    static final Set<String> PREPOSITIONS = words(
            "In", "On", "At", "As", "By", "For", "From", "Of", "To", "With", "Without", "After", "Before",
            "During", "Since", "Until", "While", "Per", "Via", "Under", "Over", "About", "Against", "Among",
            "Between", "Into", "Onto", "Upon", "Within", "Through", "Throughout", "Toward", "Towards");

    /**
     * Capitalised words that are never part of a person's name in cables: the function words,
     * cable furniture ("Summary", "Reftel"), institutions and generic nouns.
     */
    static final Set<String> NEVER_NAMES = union(union(FUNCTION_WORDS, PREPOSITIONS), words("One", "Two", "Three",
            "Summary", "Comment", "End", "Begin", "Text", "Action", "Request", "Note", "Ref", "Refs", "Reftel",
            "Reftels", "Septel", "Septels", "Para", "Paragraph", "Section", "Subject", "Tags", "Classified",
            "Reason", "Reasons", "Sincerely", "Dear", "Regards", "Yours", "Respectfully", "Thanks", "Thank",
            "Embassy", "Embassies", "Consulate", "Mission", "Post", "Washington", "Department", "Government",
            "State", "States", "United", "Nations", "Union", "Republic", "Kingdom", "Federation", "Ministry",
            "Ministries", "Office", "Agency", "Committee", "Council", "Parliament", "Party", "Court", "Army",
            "Navy", "Police", "Administration", "Cabinet", "Presidency", "Government's", "USG", "GOAJ", "GOA",
            "GOI", "GOT", "GOR", "GOG", "EU", "UN", "US", "U.S", "NATO", "OSCE", "Minsk", "Group", "Co-Chairs",
            "Co-chairs", "Co-Chair", "Western", "Eastern", "Northern", "Southern", "North", "South", "East",
            "West", "Central", "International", "National", "Federal", "Regional", "Local", "Public", "Private",
            "Foreign", "Defense", "Defence", "Interior", "Justice", "Finance", "Energy", "Economy", "Security",
            "Affairs", "Relations", "Development", "Cooperation", "Affairs'", "Program", "Programme", "Treaty",
            "Agreement", "Initiative", "Pipeline", "Conflict", "Principles", "Basic", "Day", "Year", "Week",
            "Month", "Today", "Yesterday", "Tomorrow", "Christmas", "Easter", "Ramadan", "Novruz", "Eid",
            "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Islam", "Islamic", "Orthodox",
            "Catholic", "Shia", "Shiite", "Sunni", "God", "Allah", "Internet", "Web", "Council's", "Bank",
            "Company", "Fund", "Foundation", "University", "Institute", "Academy", "Center", "Centre", "Airport",
            "Prosecutor", "General", "Major", "Minor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Lord", "Lady",
            "Excellency", "Honorable", "Honourable", "Hon", "President", "Minister", "Ambassador", "Secretary",
            "Chairman", "Director", "Chief", "Head", "Deputy", "Speaker", "Senator", "Governor", "Mayor",
            "Commander", "Admiral", "Colonel", "Captain", "Judge", "King", "Queen", "Prince", "Sheikh", "Pope",
            "Emir", "Premier", "Chancellor", "Co", "Vice", "First", "Second", "Third", "Last", "Next", "New",
            "Old", "Former", "Current", "Senior", "Junior", "High", "Low", "Supreme", "Constitutional",
            "Special", "Armed", "Forces", "Force", "Military", "Civil", "Social", "Economic", "Political",
            "Democratic", "Republican", "Liberal", "Conservative", "Socialist", "Communist", "Green", "Labor",
            "Labour", "Popular", "People", "People's", "Peoples", "Human", "Rights", "Freedom", "Free", "Democracy",
            "Independence", "Independent", "Constitution", "Election", "Elections", "Referendum", "Law", "Act",
            "Code", "Article", "Chapter", "Annex", "Appendix", "Table", "Figure", "Item", "Items", "Point",
            "Points", "Question", "Questions", "Answer", "Answers", "Issue", "Issues", "Topic", "Topics",
            "Background", "Introduction", "Conclusion", "Conclusions", "Recommendation", "Recommendations",
            "Outlook", "Analysis", "Assessment", "Overview", "Bio", "Biographic", "Biography", "Info", "Information",
            "Participants", "Participant", "Attendees", "Delegation", "Clearances", "Cleared", "Drafted",
            "Approved", "Visit", "Meeting", "Meetings", "Talks", "Press", "Media", "Station", "Channel", "TV",
            "Radio", "News", "Times", "Post's", "Daily", "Weekly", "Agency's", "Service", "Services",
            "Caucasus", "Caspian", "Black", "Sea", "Gulf", "Middle", "Near", "Far", "Europe", "European", "Asia",
            "Asian", "Africa", "African", "America", "American", "Americans", "Latin", "Arab", "Arabs", "Persian",
            "Balkans", "Baltic", "Nordic", "Scandinavian", "Pacific", "Atlantic", "Mediterranean", "Soviet",
            "Soviets", "Communist", "Nazi", "Ottoman", "Imperial", "Royal", "Holy", "Saint", "St", "Mount",
            "Lake", "River", "Valley", "Island", "Islands", "Peninsula", "Strait", "Region", "Province",
            "District", "City", "Town", "Village", "Capital", "Square", "Street", "Avenue", "Road", "Palace",
            "House", "White", "Hill", "Capitol", "Pentagon", "Kremlin", "Congress", "Senate", "Duma", "Majlis",
            "Milli", "Mejlis", "Assembly", "Parliament's", "Diaspora", "Opposition", "Coalition", "Alliance",
            "Front", "Movement", "Bloc", "Platform", "Union's", "Regime", "Leadership", "Authorities",
            "Officials", "Official", "Sources", "Source", "Contact", "Contacts", "Interlocutor", "Interlocutors",
            "Please", "Advise", "Guidance", "Requested", "Immediate", "Priority", "Routine", "Confidential",
            "Secret", "Unclassified", "Unclas", "Sensitive", "Noforn", "Sipdis", "Begin", "Unquote", "Quote",
            "Message", "Letter", "Statement", "Report", "Reports", "Cable", "Cables", "Memo", "Memorandum",
            "Note's", "Draft", "Final", "Full", "Original", "Translation", "Unofficial", "Official's",
            "Mr.", "Ms.", "However,", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Instead",
            "Indeed", "Finally", "Separately", "Similarly", "Additionally", "Overall", "Still", "Yet",
            "Recently", "Currently", "Previously", "Later", "Earlier", "Now", "Once", "Only", "Even", "Just",
            "Perhaps", "Clearly", "Apparently", "Reportedly", "Allegedly", "According", "Pressed", "Asked",
            "Responding", "Commenting", "Noting", "Saying", "Following", "Regarding", "Concerning", "Turning",
            "Looking", "Speaking", "Referring", "Underscoring", "Stressing", "Emphasizing", "Citing", "Unlike",
            "Like", "Except", "Besides", "Beyond", "Throughout", "Whether", "Either", "Neither", "Whatever",
            "Whoever", "Nothing", "Everything", "Everyone", "Someone", "Anyone", "Nobody", "None", "Little",
            "Much", "More", "Less", "Few", "Fewer", "Same", "Different", "Key", "Main", "Major", "Top",
            "Frozen", "Conflicts", "Peace", "War", "Cold", "Great", "Grand", "Big", "Small", "Upper", "Lower",
            "Ok", "OK", "Yes", "Mrs.", "Jr", "Sr", "II", "III", "IV", "Ph", "D", "MD", "Esq", "Inc", "Ltd",
            "Ministers", "Presidents", "Ambassadors", "Secretaries", "Directors", "Generals", "Governors",
            "Deputies", "Members", "Member", "Chairmen", "Chiefs", "Heads", "Leaders", "Leader", "Staff",
            "English", "French", "Spanish", "Arabic", "Russian", "Chinese", "German", "Latin", "Persian",
            "Embassy's", "Consulate's", "Consul", "Consuls", "Generalitat", "Junta", "Majesty", "Highness",
            "Excellencies", "Administrator", "Attorney", "Counsel", "Rapporteur", "Representative",
            "Representatives", "Delegate", "Delegates", "Envoy", "Envoys", "Committee's", "Ministry's",
            "Government", "Governments", "Regime's", "Council", "Councils", "Summit", "Conference", "Forum",
            "Community", "Research", "Disarmament", "Terrorism", "Counter", "Counterterrorism", "Safety",
            "Energy", "Trade", "Commerce", "Industry", "Agriculture", "Health", "Education", "Culture",
            "Environment", "Transport", "Tourism", "Labor", "Youth", "Sports", "Science", "Technology",
            "Technologies", "Communications", "Information", "Media", "Press", "Nuclear", "Weapons", "Arms",
            "Nonproliferation", "Non-Proliferation", "Proliferation", "Narcotics", "Drug", "Drugs", "Crime",
            "Law", "Enforcement", "Justice", "Affairs", "Welfare", "Works", "Planning", "Budget", "Treasury",
            "Customs", "Border", "Borders", "Immigration", "Migration", "Refugees", "Refugee", "Emergency",
            "Situations", "Relief", "Reconstruction", "Aid", "Assistance", "Intelligence", "Cooperation",
            "Property", "Management", "Protection", "Resources", "Reform", "Reforms", "Statistics", "Standards",
            "Prevention", "Fraud", "Control", "Monitoring", "Manager", "Officer", "Officers", "Specialist",
            "Inspector", "Administrator", "Analyst", "ConGen", "Congen", "AmConGen", "Exchange", "Stock",
            "Market", "Markets", "Investment", "Investments", "Finance", "Financial", "Banking", "Insurance",
            "Department's", "Office's", "Directorate", "Directorate's", "Affair", "Task", "Working",
            "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
            "Must", "Does", "Did", "Do", "Be", "Been", "Being", "Says", "Said", "Gets", "Takes", "Makes",
            "Limited", "New", "Up", "Down", "Out", "Off", "Back", "Ahead", "Again"));

    static final int TITLE_HEAD = 1;
    static final int LOWER_TITLE = 1 << 1;
    static final int LOWER_TITLE_CAPITALISED = 1 << 2;
    static final int QUALIFIER = 1 << 3;
    static final int NEVER = 1 << 4;
    static final int ORG_HEAD = 1 << 5;
    static final int ORG_HEAD_BEFORE_OF = 1 << 6;
    static final int TOPIC_HEAD = 1 << 7;
    static final int PLACE_HEAD = 1 << 8;
    static final int RELATIVE = 1 << 9;
    static final int SAYING = 1 << 10;
    static final int PARTICLE = 1 << 11;
    static final int PREFIX = 1 << 12;
    static final int RANK = 1 << 13;
    static final int MONTH = 1 << 14;
    /** A word showing that a sentence reports an event ("met", "letter", "visit"), in any case: see {@link RelationCues#EVENT}. */
    static final int EVENT = 1 << 15;

    /** Every word class of every word, so that a word is classified with one look-up. */
    private static final java.util.Map<String, Integer> CLASSES = new java.util.HashMap<>();

    static {
        add(TITLE_HEADS, TITLE_HEAD);
        add(LOWER_TITLE_HEADS, LOWER_TITLE);
        for (String w : LOWER_TITLE_HEADS) {
            CLASSES.merge(Character.toUpperCase(w.charAt(0)) + w.substring(1), LOWER_TITLE_CAPITALISED,
                    (a, b) -> a | b);
        }
        add(TITLE_QUALIFIERS, QUALIFIER);
        add(NEVER_NAMES, NEVER);
        add(MONTHS, NEVER | MONTH);
        add(WEEKDAYS, NEVER);
        add(TITLE_HEADS, NEVER);
        add(ORG_HEADS, NEVER | ORG_HEAD);
        add(TOPIC_HEADS, NEVER | TOPIC_HEAD);
        add(ORG_HEADS_BEFORE_OF, ORG_HEAD_BEFORE_OF);
        add(PLACE_HEADS, PLACE_HEAD);
        for (String w : PLACE_HEADS) {
            CLASSES.merge(Character.toUpperCase(w.charAt(0)) + w.substring(1), PLACE_HEAD, (a, b) -> a | b);
            CLASSES.merge(w.toUpperCase(Locale.ROOT), PLACE_HEAD, (a, b) -> a | b);
        }
        add(RELATIVES, RELATIVE);
        add(SAYING_VERBS, SAYING);
        add(NAME_PARTICLES, PARTICLE);
        add(NAME_PREFIXES, PREFIX);
        add(RANKS, RANK);
        for (String m : MONTHS) {
            CLASSES.merge(m.toUpperCase(Locale.ROOT), MONTH, (a, b) -> a | b);
        }
    }

    private static void add(Set<String> words, int bit) {
        for (String w : words) {
            CLASSES.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** The word classes of a word as written (a bit set of the constants above). */
    static int classesOf(String word) {
        Integer c = CLASSES.get(word);
        return c == null ? 0 : c;
    }

    /** True for a word that can never be part of a person's name. */
    static boolean neverName(String word) {
        return NEVER_NAMES.contains(word) || MONTHS.contains(word) || WEEKDAYS.contains(word)
                || TITLE_HEADS.contains(word) || ORG_HEADS.contains(word) || TOPIC_HEADS.contains(word);
    }

    /** Lower-case form for case-insensitive look-ups. */
    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
