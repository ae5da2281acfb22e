"""Batch 89: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

21 documents (10 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 69 (21 documents). Each keeps the real page's structure line for line (no blank
lines anywhere, as on the real pages): a newsletter sign-up widget with its close button and a
matching-gift fundraising block ending in a banner label above a photo alt/credit, headline and
byline; a weekly-newsletter sign-up line under a column's headline and standfirst; a local morning
newsletter with an "in today's edition" line, a forward/sign-up line and an advertise line; a crime
brief with a one-line newsletter teaser between paragraphs and a reporter contact line; a civic
newsletter-podcast with alliterative intro, a bulleted programme list and a "sign up, paying
encouraged" line; a year-in-review digest with "click here to read part N" links, "Full story" links
and a cut-off last line; an editor's letter with a clause-level subscriptions-and-advertising plea;
a weather story with an empty byline, a mangled e-mail line, follow-us sentences glued to it and a
two-line newsletter footer; a video-essay blurb with a membership line and an editors' members note;
a TV-station story on a nonprofit newsroom with a cut-off link line and an apps/newsletter footer.

What the gold marks, exactly as the real gold does: the newsletter widget (three lines) and the
whole matching-gift block down to its banner label (two spans); the newsletter sentence line; the
forward/sign-up line only (the advertise line stays text); the one-line "local story" teaser; the
sign-up/payment line; the two-line "local news that matters / we need your help" box (the part-N
links stay text); only the clause after the semicolon asking for subscriptions and advertising; the
follow-us sentences (not the editor's contact sentence before them on the same line) and the
two-line newsletter footer; the membership line and the editors' members note; the apps and
newsletter lines at the end.

Negatives keep what makes the real ones hard: a press association's government-funded reporting
programme reported as news; a school foundation's matching-gift drive with a "please consider
giving" line whose link is missing; a charity helping a fire-hit family ending in "how you can help,
click here"; a newspaper's home-delivery price rise; a charity short of its bucket-campaign goal with
a quoted plea to give (twice, two towns) and a campaign that fell short with a mailing address for
cheques; a columnist relaying another magazine's funding crisis; a "how you can help" flood-relief
list with relief groups' donation lines and a mailing address; a TV station teaming with a charity
for hurricane relief with give/call/text lines; a news group's relief drive with a text-to-give line.

Every sentence, outlet, person, place, number, organisation and URL is ours; no run of more than five
words is copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field.
"""


from whole_documents import _doc, _neg


# --- Probe 69: appeal documents -----------------------------------------------------------------

_VERDICT_NEWSLETTER = "\n".join([
    "Stay in the Know",
    "Sign up for our email briefings to get fresh reporting, analysis and background delivered to your inbox.",
    "Dismiss Newsletter Signup",
])

_VERDICT_DRIVE = "\n".join([
    "In case it slipped past you last week, our end-of-year fundraising drive is now officially underway with PressMatch, a nationwide initiative that props up newsrooms by matching reader gifts in cities and across the country.",
    "Until Dec. 31, PressMatch will multiply a new monthly gift twelve times over, or double a single gift, in each case up to $750. Altogether we could bring in as much as $8,000 in extra support before the calendar runs out.",
    "As a nonprofit run by its own staff, The Verdict Desk counts on readers to pay for ambitious reporting that changes things. Give today and help us keep documenting the damage done by America's criminal legal system.",
    "Donation drive banner",
])

_RIDGELINE_SUNDAY = (
    "Every Sunday, The Ridgeline mails out a newsletter called Sunday Ridgeline Roundup. Sign up here "
    "so an issue never passes you by! Below is this week's edition."
)

_COMPASS_FORWARD = "Know someone in Millbank who'd enjoy this? Pass it along! Just found us? Subscribe at no cost."

_SENTINEL_TEASER = "Don't let local news pass you by."

_CIVICNOTES_SIGNUP = (
    "First time here? Sign up to have this land in your inbox whenever it comes out. Paying is "
    "optional, though covering the costs is required if this is to keep going!"
)

_HARBOURS_BOX = "\n".join([
    "Community news built for you",
    "Nobody reports on the Three Harbours the way we do. Still, we rely on readers to keep our local reporting on solid ground.",
])

_COURIER_CLAUSE = (
    "most of us are small, independently owned companies, and we rely on your subscriptions and "
    "advertising dollars to keep serving you in that way."
)

_COASTWATCH_FOLLOW = (
    "Find Coastwatch on X: @coastwatch, @CoastwatchNews and @CoastwatchSports. Like Coastwatch on "
    "Facebook."
)

_COASTWATCH_FOOTER = "\n".join([
    "Coastwatch Newsletter",
    "sign up for Coastwatch",
])

_FAULTLINE_MEMBER = "Think about joining The Fault Line as a member to keep work like this going."

_FAULTLINE_NOTE = "\n".join([
    "From our editors",
    "The Fault Line's reporting is seen by hundreds of thousands of people—free to read, with no ads. That's possible because our sustaining members give one hour of their pay each month so we can produce bold, independent, change-making journalism. Become a member now!",
])

_CHANNEL6_FOOTER = "\n".join([
    "Grab our apps now for all our newest reporting.",
    "Have the latest headlines and forecasts sent right to your inbox.",
])


PROBE69_APPEALS = [
    _doc("b89-verdictdesk-guards-bodycams-top", "appeal", "top",
         "Invented; modelled on The Appeal (newsletter widget with close button, then a matching-gift fundraising block ending in a banner label, above photo alt, credit, headline and byline)", "en", [
             _VERDICT_NEWSLETTER,
             _VERDICT_DRIVE,
             "A correctional officer standing at a prison gate",
             "Marta Oyelaran at Pexels",
             "Guards' Walkout Threats Over Body Cameras Are Fizzling Out",
             "by Ruth Calloway, The Verdict Desk",
             "For much of the spring, prison guard unions in several states have warned of dire fallout unless they are excused from new body-camera requirements. Footage has already helped settle hundreds of misconduct complaints, including at least 90 cases of alleged beatings behind bars. Still, union leaders insist the rules will push officers to resign in droves, leaving lockups dangerously short of staff.",
             "“Lockdowns will become routine, visits will be cancelled, classes will shut down, overtime will explode, and whole cellblocks will have to close,” Corrections Officers Guild president Darnell Fisk wrote in a members' bulletin in April, predicting that one state system could lose as much as a quarter of its staff.",
             "Yet the first numbers indicate the predicted collapse has been badly overstated. Most officers seem to be clipping on the cameras and going back to work.",
         ], appeals=[_VERDICT_NEWSLETTER, _VERDICT_DRIVE]),
    _doc("b89-ridgeline-cityhall-videoseries-top", "appeal", "top",
         "Invented; modelled on The Sprawl (column with headline and standfirst, weekly-newsletter sign-up sentence line at the top)", "en", [
             "Why Pinecrest still needs independent reporting",
             "Plenty goes unnoticed.",
             _RIDGELINE_SUNDAY,
             "A few months ago, the City of Pinecrest started its own monthly city hall video series, which vows to \"take you inside the heartbeat of Pinecrest\" with angles you \"can't get from anybody else.\"",
             "The announcement quoted the city's communications director Maria Delacourt, who hosts the series: \"Reporters do vital work for our democracy, and we have no intention of taking their place.\"",
             "But here's the problem. Spin is taking the place of reporting. Not completely, but by a wide margin.",
             "Delacourt herself shows it. A former Pinecrest Herald city editor with 19 years in newsrooms, she moved to city hall's communications office as the chain that owns the Herald falls apart.",
             "I don't blame her or anybody else who makes that move. The industry outlook is grim. Only this week, a broadcaster cut 11 jobs from its Pinecrest station.",
             "On some days I watch the exits from newsrooms and think: The smart ones are jumping off the leaky boat. Maybe I should follow.",
             "Then I remember: no. Independent reporting in Pinecrest still has a job to do, and the city still needs it.",
             "The new Ridgecast episode, The True Price of the Riverside Arena, is a strong example. It looks past the official news releases to show that city hall sank far more money into the hockey club's new arena—$112 million more—than it admits in public.",
             "You probably won't hear that story on city hall's video series. But you will hear it, and more like it, on Ridgecast.",
             "Pinecrest's independent reporting still has a job to do, and the city still needs it.",
         ], appeals=[_RIDGELINE_SUNDAY]),
    _doc("b89-millbankcompass-pipeline-pact-top", "appeal", "top",
         "Invented; modelled on Burnaby Beacon (morning newsletter: edition headline, 'in today's edition' line, forward/sign-up line, advertise line, then the lead story)", "en", [
             "Wednesday, April 9 edition: Sealed tight: the pipeline operator's pact with the City of Millbank",
             "Also inside: a twin-town delegation council once turned down is now a go, a scheme to move old houses off redevelopment lots, and several collisions after a hit-and-run",
             "Good morning, Millbank!",
             "Leading our list this week is the deal between the City of Millbank and the Westline pipeline company, which remains locked away from public view—while neighbours rally, ask questions and circulate petitions, both the city and the company have stayed quiet and offered residents next to no detail about what they agreed. Elsewhere, council reversed itself and approved a delegation trip to its twin town in Norway, and a local moving firm pitched a plan to lift single-family homes off lots slated for redevelopment and fold them into new multi-unit projects.",
             "👀 Inside this issue:",
             _COMPASS_FORWARD,
             "Put your shop, show, or café in front of 14,000+ loyal local readers! Get in touch with our team now.",
             "NEWS",
             "Sealed tight: the pipeline operator's pact with the City of Millbank",
             "Drummers playing at the rally outside Millbank City Hall on Feb. 11, 2025. Photo: Tomasz Relling",
             "Residents began drifting into the square outside Millbank City Hall on Tuesday, Feb. 11, a little after 5pm. Seven months before, the Millbank Citizens' Panel had gathered on the very same stones to mark the end of its work on the city's long-range land use plan, a proud moment for local democracy. On Feb. 11, 2025, the atmosphere was rather different.",
             "The crowd outside City Hall had come to object and to demand explanations for the city's choice to sign a “Neighbourhood Partnership Agreement” with Westline Pipeline Ltd. The city abruptly announced the deal on its social media accounts on Oct. 8, 2024, and then went silent. The deal has been in force since Oct. 3, 2024.",
         ], appeals=[_COMPASS_FORWARD]),
    _doc("b89-harlowsentinel-marina-burglary-middle", "appeal", "middle",
         "Invented; modelled on Bradenton Herald (crime brief, one-line newsletter teaser between paragraphs, reporter contact line)", "en", [
             "A 31-year-old man faces charges after deputies say he broke into three sailboats and damaged a gate late Sunday night at the Cedar Point Marina, according to the Harlow County Sheriff's Office.",
             "Travis Mercer was taken into custody and now faces counts of burglary of an unoccupied conveyance plus felony criminal mischief. On Monday morning, Mercer remained in the Harlow County jail on bonds totaling $4,500.",
             "Around 11:15 p.m. Sunday, deputies responded to a report of a break-in happening in the 4100 block of Seabreeze Lane at the Cedar Point Marina. On arrival, and with help from a sheriff's office drone and a K-9, deputies found Mercer crouched in the cabin of one of the sailboats, a news release said.",
             "Sheriff's spokeswoman Carla Dunmore credited the arrest to “excellent teamwork” headed by K-9 Ranger. Because of that, Dunmore said, deputies caught Mercer red-handed.",
             _SENTINEL_TEASER,
             "Deputies say items taken from the sailboats were recovered when Mercer was arrested. Authorities also found damage to the marina gate and to several stretches of dock.",
             "Marcy Linwood: 555-013-4410, @MLinwoodNews",
         ], appeals=[_SENTINEL_TEASER]),
    _doc("b89-riversidecivicnotes-commissioners-land-middle", "appeal", "middle",
         "Invented; modelled on Charlottesville Community Engagement (civic newsletter-podcast: alliterative intro, bulleted programme, sign-up/payment line, shout-out)", "en", [
             "June 6, 2023: Harlan Commissioners could buy land this week; School Board candidates meet the Elmwood Neighborhood Council",
             "One more episode of a show that asks questions and now and then gets an answer",
             "Tuesday tiptoes tentatively, tumbling toward tomorrow, taking time to tally trivia. Perhaps. Or it's simply one more day in which we all move through a world that flips back and forth between sunshine and shadow. Still, Riverside Civic Notes isn't an ode to poetry; it cares far more about the anecdotal and the nerdy. I'm Dale Hargrove, at least for the moment.",
             "In this edition:",
             "• Harlan County Commissioners will meet in special session Thursday, possibly to buy a parcel",
             "• The county manager's office tells us a new pickleball complex has opened near Elmwood",
             "• The state Highway Commission is gathering in Riverside on Wednesday",
             "• The Elmwood Neighborhood Council hosted the second of several forums for candidates seeking two Democratic nominations for School Board",
             _CIVICNOTES_SIGNUP,
             "Opening shout-out: Hollow Creek Nature Camp",
             "This edition's first reader-funded public service announcement goes to Hollow Creek Nature Camp, which for fifty years has offered a “quiet, woodsy and welcoming place for scout troops, school trips, community clubs and the odd family reunion.”",
             "Set on 22 acres along the Sugar Fork River near Pine Hollow, Hollow Creek Nature Camp carries on the legacy of a Works Progress Administration project meant to show the value of outdoor life in the countryside.",
         ], appeals=[_CIVICNOTES_SIGNUP]),
    _doc("b89-threeharbours-yearreview-part1-middle", "appeal", "middle",
         "Invented; modelled on Tri-Cities Dispatch (year-in-review digest, two-line local-news support box above 'read part N' links, story items, cut-off ending)", "en", [
             "Looking back on 2022, part 1",
             "photo courtesy Harbour Regional District",
             "From mass street protests abroad to a celebrity meltdown at an awards gala to activists gluing themselves to gallery walls to chaos at a social media giant, this year handed us a little of everything. Truckers honked their way downtown. A phone network went dark. A soccer legend finally lifted the cup. A long-serving premier stepped aside. Two sports teams went shopping for new names.",
             "Nearer to home, we lived through wildfire smoke, a king tide, and an ice storm. There was turmoil on Port Alder council, more towers rising in Cedarvale, and in Millhaven there was a demolition derby. (There was plenty more, but nothing nearly as entertaining to cover.)",
             "And in council chambers and courtrooms alike, we caught moments of cheek, compassion and open-handedness that left us hopeful about 2023.",
             _HARBOURS_BOX,
             "Tap here for part two.",
             "Tap here for part three.",
             "Tap here for part four.",
             "Ferry operator ordered to pay $38-million to families of capsizing victims",
             "In a landmark ruling, the operator of the sunken MV Coral Tern was ordered to pay $38 million to the families of nine passengers who drowned when the overloaded ferry rolled over in a storm off the northern coast.",
             "Inspectors had flagged the vessel's ballast problems twice before it left port on March 3, 2019.",
             "“On the evidence put to me, the company knew the ship was unsafe and sailed anyway,” Supreme Court Justice Miriam Okonjo wrote.",
             "Read the full story.",
             "‘Never again in a classroom’ Convicted tutor handed lifetime teaching ban",
             "After a 2018 conviction for assaulting a student, Cedarvale substitute teacher Gordon Vell cannot hold a teaching licence for 20 years, under a ruling by the provincial Teacher Standards Office.",
             "Vell has not held a teaching licence since 2015",
         ], appeals=[_HARBOURS_BOX]),
    _doc("b89-ridgewaycourier-nonprofit-partner-letter-middle", "appeal", "middle",
         "Invented; modelled on Hastings Tribune (editor's letter to readers; only the clause after a semicolon asking for subscriptions and advertising)", "en", [
             "Dear readers,",
             "In recent months, you may have spotted several front-page features and in-depth stories in the Ridgeway Courier carrying the Prairie Lantern Press byline.",
             "As the note at the end of those stories says, the Prairie Lantern Press is “the state's first independent, nonprofit newsroom devoted to investigations and stories that count.”",
             "A nonprofit newsroom staffed with seasoned professional reporters is hardly a new idea elsewhere, but it is new to our state's news scene. And let me tell you, as a reporter, an editor, a reader and someone who loves good writing, I am delighted that the Lantern now works beside us. I wanted to write today to tell you so.",
             "The Lantern is not here to compete with established papers such as the Ridgeway Courier, which serve their towns in specific ways no one else can. The Lantern will never routinely cover school board sessions or county commission votes, your town's Friday night football, or the daily police blotter in a given community. That is the job of the hometown dailies and weeklies; " + _COURIER_CLAUSE,
             "So no, the Prairie Lantern Press does not aim to push newspapers or other local outlets out of their usual roles. Instead, it works alongside us to tell the stories of our state's people and institutions, on the understanding that solid journalism is one of the deepest needs of a free, thoughtful and caring society.",
             "Everyone knows the news business has shifted over the past few decades. Most local newsrooms are smaller than they used to be. Reporters and editors are often hard-pressed just to keep up with the day's local news, and bigger projects can sit untouched for months.",
         ], appeals=[_COURIER_CLAUSE]),
    _doc("b89-coastwatch-gale-warning-end", "appeal", "end",
         "Invented; modelled on Noozhawk (weather story with empty byline; follow-us sentences glued to a mangled e-mail line, two-line newsletter footer)", "en", [
             "Gale Warning Joins High Surf Advisory for Port Alder Coast",
             "By | Published on 09/14/2015",
             "With strong onshore winds on the way, a gale warning now accompanies a high surf advisory issued Sunday for Harlow County's northern beaches and the Cape Verity headlands.",
             "West winds of 25-35 mph are forecast, with gusts up to 50 mph, according to National Weather Service meteorologists.",
             "\"The strongest winds should arrive first around Gull Point this evening, then shift toward the harbor entrance and Cove Beach overnight into early Monday,\" meteorologists said.",
             "The gale warning and surf advisory are in effect from 4 p.m. Sunday until 5 a.m. Monday.",
             "A gale warning means sustained winds strong enough to endanger small boats are occurring or expected shortly. It is usually issued when a deep low-pressure system moves close to the coast.",
             "Boaters were told to stay in port, and beachgoers to keep off the jetties at Gull Point, Cove Beach and Seal Rock.",
             "Cloudy skies were forecast Sunday, with highs near 64 along the shore, and a few degrees warmer inland.",
             "Winds should ease by midday, with highs near 68 on Monday and Tuesday.",
             "Later in the week should be calmer, with highs in the low 70s.",
             "Coastwatch managing editor Lena Morrow can be reached at .(Enable JavaScript to see this email address). " + _COASTWATCH_FOLLOW,
             _COASTWATCH_FOOTER,
         ], appeals=[_COASTWATCH_FOLLOW, _COASTWATCH_FOOTER]),
    _doc("b89-faultline-whitcombe-video-members-end", "appeal", "end",
         "Invented; modelled on The Breach (video-essay blurb, membership line and an editors' members note at the end)", "en", [
             "Writer and Fault Line contributor Dana Whitcombe talks about why fearless, independent reporting matters, and what this country would lose without it.",
             "Reporting is “about digging until you hit bedrock…showing who holds power and how they are using it”. The big commercial outlets can no longer do that job. They echo the outlook not of ordinary people, but of the firms that own them, some of the wealthiest companies in the nation.",
             "We need brave journalism. Journalism that neither serves nor fears the corporate elite.",
             _FAULTLINE_MEMBER,
             _FAULTLINE_NOTE,
         ], appeals=[_FAULTLINE_MEMBER, _FAULTLINE_NOTE]),
    _doc("b89-channel6-prairielantern-nonprofit-apps-end", "appeal", "end",
         "Invented; modelled on KMTV 3 News Now (TV-station story on a nonprofit newsroom, cut-off link line, related headline, apps and newsletter footer)", "en", [
             "MEDIA LITERACY MONTH: Nonprofit newsroom in the state 'stitches communities together'",
             "Prairie Lantern Press reports local stories others tend to overlook",
             "Posted at 9:04 PM, Feb 3, 2022",
             "The Prairie Lantern Press is a locally grown nonprofit newsroom that shares its work, at no cost, with other media outlets. Editor Corinne Baptiste, who has lived in the state her whole life, says the Lantern can help local newsrooms tell more stories.",
             "“Reporting — irritating as it can be, and puzzling to plenty of people — is honestly one of those things that simply has to exist in some shape or other if you want a healthy town, a healthy block, a healthy community. And I firmly believe we have to work to protect what matters about reporting regardless of who pays for it, regardless of the format, whether that's print or television or radio or online or whatever else, and so on,\" Baptiste said.",
             "\"What matters is the information, and what matters is telling stories that uncover wrongdoing and also stories that stitch people together. Those are both very old missions, and they matter as much in 2022 as they did in 1972,” Baptiste said.",
             "Prairie Lantern Press stories are available on our website and also on",
             "6 On Your Side Investigates and Prairie Lantern Press: Lincoln woman using a walker among riders left behind by rapid-transit buses",
             "Lincoln woman using a walker among riders left behind by rapid-transit buses",
             _CHANNEL6_FOOTER,
         ], appeals=[_CHANNEL6_FOOTER]),
]


# --- Probe 69: negatives ------------------------------------------------------------------------

PROBE69_NEGATIVES = [
    _neg("b89-valleyherald-civic-reporting-fund-neg",
         "Invented; modelled on Wellington Advertiser (press association's government-funded reporting programme reported as news)", "en", [
             "Community Press Alliance unveils civic reporting program",
             "MAPLETON – The Community Press Alliance announced the start of its Civic Reporting Fund late this summer.",
             "The fund is a countrywide project of the federal government meant to back locally owned news outlets.",
             "“In many regions, people face real gaps in coverage of local affairs and of the public bodies and events that shape their daily lives,” reads a news release from the Community Press Alliance.",
             "The Civic Reporting Fund pays news outlets to take on reporters who will expand coverage of public affairs and issues of civic interest in communities that are poorly served. The program hopes to pay for 75 reporters in its first year. It is open to established, domestically owned print and online outlets publishing in English, French and Indigenous languages.",
             "Separate streams of the fund are open to other kinds of media, including ethnic and minority-language publications, plus community radio and community TV, the release adds.",
             "The Community Press Alliance speaks for the country's news publishing industry, with member outlets in every province and territory.",
         ]),
    _neg("b89-gorgebulletin-schools-foundation-match-neg",
         "Invented; modelled on Columbia Community Connection (school foundation's matching-gift drive with a 'please consider giving' line whose link is missing)", "en", [
             "Schools foundation to match $4k in gifts",
             "Student aid fund steps up its drive",
             "As of April 28th, the Dalton Valley School District  Foundation has collected $7,340, or 49% of its target of $15,000 by May 12  to pay for remote learning and the basic needs of students in the district.",
             "Over the coming two weeks, the Foundation has committed $4,000 from its own reserves to match every gift dollar for dollar up to $4K. Please think about giving to this cause by going to All gifts are tax deductible.",
             "The  drive started on April 9th to help the district meet some of the urgent needs created by the statewide closure of schools. It is named the Emergency Learning Fund.",
             "Half of the money will go to pressing technology needs, such as more tablets, charging cables, and headsets for teachers who lack them. The Foundation will also pay for home internet for a small number of families so their children can take part in remote lessons. Tablets are in especially short supply in the district's primary schools, where teachers are now relying on online lessons for grades that never used devices before. Buying 120 more tablets, cables, plus a few laptops and headsets for teachers without them at home is expected to cost about $42,000. The Foundation aims to cover $7,500 of that, and a regional telecom charity has just promised an emergency grant of $34,500 to pay for the rest of the equipment.",
             "The remaining $7,500 the Foundation hopes to collect will buy grocery and fuel gift cards for the families in greatest need. The district will hand them out through its Friday food bag partnership. Since the cards are for local shops, the money will circulate back through the town's economy, a benefit for everyone at a moment when it counts most.",
         ]),
    _neg("b89-channel7-harborview-housefire-charity-neg",
         "Invented; modelled on WTKR News 3 (TV story on a charity helping a fire-hit family, ending in a 'how you can help, click here' line)", "en", [
             "Harborview charity helps family left homeless after house fire",
             "Posted at 6:12 PM, Feb 8, 2024",
             "HARBORVIEW, Md. — A Harborview family is getting back on its feet after a destructive house fire, with help from a local charity.",
             "The fire broke out a few days into the new year at a house on Old Mill Road. The family told 7 News the cause was electrical, most likely a faulty extension cord.",
             "They lost it all.",
             "Local charity Open Door Outreach has stepped in with clothing, meals and a temporary place to stay. Director Janelle Pruitt says gifts have picked up since 7 News ran a story last week.",
             "Pruitt said that is paying for the family's motel room for one more week.",
             "“We got two new gifts from people I've never heard from before, so I'm giving your story the credit for those two,” Pruitt said. “The size doesn't matter; what matters is that folks care and want to pitch in, because every bit that comes in will go toward getting this family back on track.”",
             "Pruitt said the family's biggest need now is finding somewhere to live, which she called difficult given how little affordable housing Harborview has.",
             "To find out more about Open Door Outreach and ways to help, click here.",
         ]),
    _neg("b89-ashfordwatch-courier-delivery-price-neg",
         "Invented; modelled on NewsLanc (media-watch note on a local daily's home-delivery price rise)", "en", [
             "The Ashford Daily Courier is raising its monthly home delivery price starting in February from $18.75 to $19.90, an increase of about 6.1%.",
             "A notice to subscribers says: “Although we have kept our home delivery prices unchanged since 2003, rising costs for newsprint, ink and fuel mean we can no longer hold them there.”",
         ]),
    _neg("b89-northernkx-harborlight-bucket-short-neg",
         "Invented; modelled on KX News (TV brief: a charity short of its bucket-campaign goal, quoted plea to give)", "en", [
             "The Harbor Light Mission is $18,000 short of its yearly Bright Bucket Campaign target.",
             "The group hopes to close the gap before Christmas so that operating costs in the new year are easier to cover.",
             "Major Ellen Brandt says the Mission is thankful for every gift and hopes the town will rally to help reach the goal.",
             "“We want to finish strong, and cash collection for our ‘Light the Way’ campaign through our bucket-ringing program wraps up on the 24th at 2 o'clock, so please head out to those bucket sites, help us ring and drop in a gift while you're there,” Brandt said.",
             "Gifts can also be sent through the Harbor Light Mission website or its Facebook page",
         ]),
    _neg("b89-lakeshoredaily-harborlight-ringing-short-neg",
         "Invented; modelled on Ludington Daily News (charity's press release on missing its bell-ringing goal, quoted plea)", "en", [
             "The Harbor Light Mission said in a news release on Wednesday that it is \"coming up short\" of its Christmas and year-end fundraising targets for its Bright Bucket Campaign.",
             "\"This season we faced the hurdle of six fewer days for our usual bucket-ringing drive because Thanksgiving came so late in November,\" the release said. \"Most of the stores that host our buckets only allow ringing once Thanksgiving has passed.\"",
             "The group says it is $11,500.00 away from its bucket-ringing target.",
             "\"These dollars determine what local services and programs we can offer over the holidays and all year long. With just five days left in the Bright Bucket Campaign, we are turning to our generous community for help with this yearly effort,\" the Mission said. \"Thank you for helping us spread word of this need and for your wonderful support.\"",
         ]),
    _neg("b89-fenwickgazette-harborlight-campaign-fellshort-neg",
         "Invented; modelled on The Indiana Gazette (report on a charity campaign that fell short, with web and mailing address for cheques)", "en", [
             "Even with a late rush of nearly $800,000, the Harbor Light Mission's Bright Bucket Christmas Campaign missed its target this year across the eastern Ohio region, the charity said in a release.",
             "The region's target of $2.35 million was missed by $128,310.",
             "In Fenwick County, the charity came up $12,000 short, or nearly 30 percent below its target.",
             "The Mission said that, after a regional media push, donors gave more than $790,000 in the campaign's final week.",
             "Fundraising and services are organized by ZIP code, so each branch in each town runs on its own. Money collected in a neighborhood stays there to pay for social services tailored to that area. Campaign targets are set from each community's budget.",
             "Altogether, 14 of the 33 Mission branches fell short of their targets. Those branches will review their budgets and look for ways to cover the gap in Christmas bucket income.",
             "Gifts can still be made online at www.harborlight-east.example.org. Checks payable to the Harbor Light Mission with “Christmas Campaign” on the memo line can be mailed to any branch or straight to the Eastern Ohio Regional Office at P.O. Box 318, 450 South Quarry St., Millport, OH 44999.",
         ]),
    _neg("b89-thecommonweal-rescuing-ledger-neg",
         "Invented; modelled on The New Republic (columnist relaying another magazine's funding crisis and donation appeal)", "en", [
             "Rescuing the Ledger",
             "One of our own is in trouble. On Tuesday, news began to spread that the Civic Ledger faces an urgent and possibly fatal cash gap. If the Ledger cannot raise $400,000 by June 15, along with further pledges for next year, it may have to shut down. How grave is it? The Capitol Dispatch first broke the story on Tuesday, after the magazine's editors had told staff. The Ledger has since posted a letter and a plea for donations on its site.",
             "I owe the Ledger a lot personally. And if you enjoy what you read here, so do you. The Ledger hired me right after college, for a junior job. I stayed seven years, finally becoming managing editor. It's where I learned the bulk of my policy-writing craft—about arguing from evidence rather than feeling; about treating critics with respect and actually responding to them; about aiming to be correct rather than aiming to be clever. And that covers my grasp of housing policy. Among my mentors was a man named Walter Greaves, who besides co-founding the Ledger also wrote The Making of the American Suburb, widely regarded as the definitive history of housing in this country.",
             "These days my tie to the Ledger is mostly sentimental: I am a contributing editor, a post that pays nothing but fills me with pride. (I'm also a visiting fellow at the Hartwell Institute, its sister think tank, though there, too, no money changes hands.) And I'm far from the only byline here with roots at the magazine. Nora Pell, Ian Castellanos and Ruth Abernathy all got their start there. Marcus Oyelowo has written for it since it was founded.",
         ]),
    _neg("b89-plainsdaily-cedarriver-floods-howtohelp-neg",
         "Invented; modelled on Chicago Sun-Times ('how you can help' disaster list with relief groups' donation lines and a mailing address)", "en", [
             "How you can help Cedar River flood victims",
             "In declaring nine counties disaster areas, Gov. Helen Marsh said this morning, “We look after each other here, and now is the time to pull together as one family for neighbors whose lives this flood has turned upside down.”",
             "“Whichever corner of the state you call home, this is on all of us.”",
             "At the same briefing, state emergency management officials urged would-be helpers to stay away from flooded zones and leave room for first responders. They recommended giving instead to groups like the Relief Corps that are already working on the ground.",
             "With that in mind, here are some ways to help neighbors hit by last week's flooding:",
             "Relief Corps",
             "A Relief Corps shelter has opened at Grace Fellowship Hall, 812 W. River Rd. in Bentonville Falls, according to the Relief Corps Cedar Valley chapter.",
             "The group is offering a place to sleep for people whose homes were flooded out, along with urgent needs such as meals and drinking water, it said. Counselors are also on hand for anyone who needs to talk through what they have been through.",
             "“Cash gifts are the most useful way to support people who have been hit,” it said.",
             "You can give to the Relief Corps online at reliefcorps.example.org or by calling 1-800-555-0142. Note that you want your gift to go to the Cedar River flood response.",
             "Harbor Light Mission",
             "The Harbor Light Mission is working across the region to help those affected by the floods of April 9, according to the Mission's Central Plains Division website.",
             "You can give online to support the Mission's work at harborlight.example.org.",
             "You can also give by mail. Send your check, marked “April Floods,” to:",
             "ATTN: APRIL FLOODS",
             "THE HARBOR LIGHT MISSION",
             "2200 E PRAIRIE AVENUE",
             "SPRINGDALE, MO 65999-1234",
         ]),
    _neg("b89-valley22-helpingthegulf-hurricane-neg",
         "Invented; modelled on Western Mass News (TV station teaming with a charity for hurricane relief, give/call/text line)", "en", [
             "WEDNESDAY: Support Helping the Gulf",
             "Helping the Gulf",
             "By Valley 22 News and Northstar Media staff",
             "Published: Sep. 12, 2023 at 1:15 PM EDT|Updated: 27 minutes ago",
             "(WVLY/WVLX/Northstar Media) – Valley 22 News and our parent company, Northstar Media, are joining with the Harbor Light Mission to back relief work for people hit by Hurricane Delia.",
             "Delia made landfall on the Gulf Coast as a Category 3 storm, one of the most powerful to strike the region in years. It cut electricity to hundreds of thousands, wrecked and flooded houses and businesses, and blocked or washed out roads, cutting off whole towns, before moving inland, stalling over the hills and dumping heavy rain on two more states.",
             "Giving money is the most effective way to help survivors, because it lets the Harbor Light Mission meet both urgent and long-term needs. In a disaster, every dollar of designated gifts goes to the specific relief effort.",
             "Valley 22 News and Northstar Media: Helping the Gulf",
             "You can give to the Helping the Gulf campaign by going to Give.HarborLight.example.org, calling 1-800-555-0199 or by texting GULF to 55500.",
             "On Wednesday, from 6 a.m., the Valley 22 News stations will be live with special coverage alongside our local Harbor Light Mission teams, showing how your gifts make a difference and how you can pitch in.",
         ]),
    _neg("b89-meridiannews-foothill-floods-relief-neg",
         "Invented; modelled on TMJ4 News (news group's flood-relief drive with totals, text-to-give line and a quoted fund president)", "en", [
             "DAYTON — The Meridian News Network and the Meridian Charitable Trust have collected more than $60,000 for people hit by the catastrophic flash floods in the Blue Ridge foothills. But with many households still struggling, more gifts are needed to keep help flowing.",
             "SEE ALSO: Foothill Floods: A Meridian News special report on the Tanner River disaster",
             "Each gift to the Meridian relief drive goes to local, trusted nonprofits in the foothills that are working around the clock on rescue, relief and rebuilding for their neighbors.",
             "To donate: Text RIVER to 55511 OR go to meridiannews.example.com/relief.",
             "Since the Meridian drive began on June 18, gifts have arrived from all over the country, with more than $40,000 given by hundreds of people in over 20 states. The Meridian Media Company has added $20,000 of its own.",
             "Last Wednesday's floods killed at least 47 people, and more than 60 are still missing almost a week on. Those lost include several families camping along the river. The floods are now the region's deadliest since 1985, when the Tanner River rose overnight and killed 51 people, according to a new state report.",
             "“The scale of the loss is staggering,” said Priya Raman, president and CEO of the Meridian Charitable Trust. “Gifts from hundreds of Meridian News viewers across the country and in our local markets will go a long way toward meeting basic needs. Yet the need is nowhere near over. This drive, together with The Meridian Media Company, lets us link the generosity of our viewers with neighbors in the foothills who need help now and in the months ahead.”",
         ]),
]


BATCH89_DOCUMENTS = PROBE69_APPEALS + PROBE69_NEGATIVES
