"""Batch 122: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; EN): our own paraphrases of every document of the local-only real
probe 102 (16 documents). Each keeps the real page's structure (the same lines in the same order: a
history essay with a one-word-question subhead and a trailing-space cut, an aggregator item with a
"Published on: ... | Source: ..." line, a gossip blog's dated one-liner with a photo teaser and a
capitalised sign-off, a WordPress excerpt cut with "[…]", a local-news report ending in a support box
cut mid-word, a protest story with quoted lines and a social-media relay, a photo caption with credit in
brackets, a newsagent blog quoting a publisher's letter, a blog excerpt ending "… Continue reading",
a hard-wrapped diaspora report, "READ ALSO:" lines and a "Via Screenshot |" credit) and exactly what
the real gold marks: a member-account line with its "join" invitation above an essay (listen-to-article
sign-in); a three-line "news on your phone / follow our Telegram channel / tap here" block at the top of
an aggregator item; a "download our blog's APP" line above a gossip post; the two-line "more from /
sign up for posts by email" block under a cut excerpt; the outlet's own "before you go, our costs"
support box at the end of a report, cut mid-word (the quiz takings for the outlet earlier in the report
stay text). Negatives keep what makes the real ones hard: a crowdfunding for a marcher's daughter with
an influencer relaying bank details and a target, a town's donations, telethon pledges and fundraising
events after fires, senators fighting a bill that regulates community fundraising, a publisher's letter
asking readers to support local papers by paying a higher cover price, a media house's foundation
donating to hospitals, fans asking a TV host to open a donation channel, a blog on untraceable party
donations, a family thanking donors for repatriation money, an essay on the cost of burying the
diaspora at home, a GoFundMe for fire victims with goal and totals, a mother appealing to well-wishers
for a hospital bill.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and the fixture is written from it.
"""


from whole_documents import _doc, _neg


# --- Probe 102: appeal documents ----------------------------------------------------------------

_BAOBAB_MEMBER = (
    "Sign in to your supporter account to hear this essay read aloud. Not a supporter yet? Join the troop."
)

_DESHBRIEF_TELEGRAM = "\n".join([
    "Want breaking headlines straight to your mobile?",
    "Join our Telegram channel!",
    "Tap here",
])

_RIFTWIRE_APP = "Get our blog’s APP on the Google Playstore through this link>>>"

_HARMATTAN_EMAIL = "\n".join([
    "Explore more from harmattanpost.example.com.ng",
    "Sign up to have our newest stories delivered straight to your inbox.",
])

_HOLLINS_SUPPORT = "\n".join([
    "Before you go…",
    "Bringing you the Hollins Vale Courier every single day isn’t free!",
    "We pay for hosting the site you’re looking at right now, for sending our much-loved weekly email bulletin, for belonging to a recognised press standards body, for stalls at summer fairs, for cameras and laptops and so on and so on.",
    "It takes at least £250 every month simply to cover our bills – and at the moment that comes straight from the pockets of committed volunteers who care deeply about local life, linking you up with clubs, charities and organisa",
])


PROBE102_APPEALS = [
    _doc("b122-baobabreview-michango-origins-top", "appeal", "top",
         "Invented; modelled on The Elephant (history essay, member-account listen line with join invitation at the top)", "en", [
             _BAOBAB_MEMBER,
             "The year is 1931. The Lowland Protectorate is governed from a distant capital. Farmers in the hills around Mt Sanguri, like farmers all over the territory, are bitter about losing their fields to the settlers, who have set up a “Native Reserves Council” that claims to keep every acre in custody “on behalf of each clan”. ",
             "One of these communities, the Wakuru, has started a political movement of its own. With its founder Elias Mburu exiled to the coast and the Hill Farmers’ Club banned, Daniel Otieno and Samuel Kariuki step forward to steer the newly founded Sanguri Highlands Union. Within months, though, Daniel Otieno leaves for the railway town of Kisoro to take up a clerk’s post in the colonial postal service. Before he goes, he puts forward a young man who checks tickets at the municipal bus depot as the right person to run the union as its General Secretary.",
             "The young man is called Peter Ndungu wa Kirima (years later, in 1942, he will shorten it to Peter Kirima). He speaks so movingly in public that the union’s members choose him as their voice. In 1933, he starts a newsletter called Sauti ya Mlima (The Voice of the Hill).",
             "A year later Ndungu wa Kirima is picked to sail to London and lay the union’s complaints before the Colonial Office. The trouble is that he cannot pay his own passage, so the villagers pool their coins to send him on his way. The first recorded community collection, or michango, in the territory is held in November 1934. Tushirikiane!!!",
             "Tushirikiane again?",
             "Some 91 years have now gone by since that gathering, and the collection still sits at the centre of everyday life in the hills. In 1934 the territory offered its people next to no public services. A child who wanted schooling needed parents who could find the fees themselves, since there were no state grants, no bursaries and no student loans of any kind. ",
         ], appeals=[_BAOBAB_MEMBER]),
    _doc("b122-deshbrief-lokawaaz-adspending-top", "appeal", "top",
         "Invented; modelled on ReferIndia News (aggregator item, news-on-your-phone / Telegram channel / tap-here block at the top)", "en", [
             _DESHBRIEF_TELEGRAM,
             "Row Deepens Over Advertising Money for Lok Awaaz",
             "Published on: Feb. 14, 2026, 9:05 a.m. | Source: Wirefeed Asia",
             "The Jan Shakti Party alleges that Progressive Alliance governments in two northern states misused taxpayers’ money to prop up the Alliance’s founding family through the shuttered Lok Awaaz daily. It says the payments were dressed up as government advertising. The Alliance has so far not replied to the charges.",
         ], appeals=[_DESHBRIEF_TELEGRAM]),
    _doc("b122-riftwire-easter-students-produce-top", "appeal", "top",
         "Invented; modelled on The Kenyan DAILY POST (gossip blog post, download-our-app line at the top)", "en", [
             _RIFTWIRE_APP,
             "Tuesday, 19 April 2022 – With the Easter break behind them, college students are streaming back to campus with their bags stuffed full of everything from maize flour to live chickens.",
             "These are the same students who ring home only when they run short of pocket money, yet they leave with food worth a whole term’s allowance.",
             "Check out the pictures that have got people talking.",
             "The Rift EVENING WIRE.",
         ], appeals=[_RIFTWIRE_APP]),
    _doc("b122-harmattanpost-kanemridge-rustling-arrests-end", "appeal", "end",
         "Invented; modelled on View Now Africa (WordPress excerpt cut with […], more-from / email sign-up block at the end)", "en", [
             "Police in Kanem Ridge State say they have detained nine suspects, among them a 19-year-old, over cattle rustling. Officers also picked up four other men believed to have stripped copper cable from street lights in Dagwa Local Government Area. The arrests followed a string of raids aimed at livestock theft and damage to public property. According to the state police command’s spokesperson […]",
             _HARMATTAN_EMAIL,
         ], appeals=[_HARMATTAN_EMAIL]),
    _doc("b122-hollinsvalecourier-foxfiddle-quiz-support-end", "appeal", "end",
         "Invented; modelled on West Leeds Dispatch (community news report, outlet's own before-you-go costs box at the end, cut mid-word)", "en", [
             "Full house at the Fox & Fiddle for Courier quiz and Lowmoor residents’ meeting",
             "Around 40 people squeezed into the Fox & Fiddle on Tuesday evening for a residents’ meeting followed by a quiz.",
             "The Lowmoor and Carr Green Neighbours’ Group (LCNG) held another of its regular open meetings. Chair Denise Walker brought residents up to date on plans for the area, including a litter pick along the canal towpath on May 11 and a summer fair marking 150 years of Lowmoor Station on Sunday, July 14.",
             "Hollins Vale Courier editor Martin Hale was the evening’s guest.",
             "He explained how the Courier hopes to help neighbours keep up with what is going on around them. He urged people to sign up for the free citizen journalism workshops, which are meant to give residents the skills to write for the Courier.",
             "The first workshop at Carr Green Library wraps up this week, and a second one starting in Lowmoor next month has already filled every place. Citizen reporter Anita Shah, from Thornbury, also talked about what the workshop had given her.",
             "The Courier plans another three workshops before the year is out, so watch this space!",
             "After the meeting came a light-hearted quiz put together by Gary Pollard. £47 was collected towards keeping volunteer-run local news going in Hollins Vale.",
             "The Courier wishes to thank Denise and LCNG for having us, and everyone who came along for their warmth and kindness on the night.",
             _HOLLINS_SUPPORT,
         ], appeals=[_HOLLINS_SUPPORT]),
]


# --- Probe 102: negatives -----------------------------------------------------------------------

PROBE102_NEGATIVES = [
    _neg("b122-harmattandailyonline-marcher-daughter-crowdfunding-neg",
         "Invented; modelled on Diaspora Digital Media (protest story: influencer relays bank details, crowdfunding meets its target)", "en", [
             "Online donors raise N2.4m for marcher’s daughter",
             "Nigerians have pooled N2.4 million for Emeka Obiora, a demonstrator, on October 1, 2024, to help his daughter chase her ambition of becoming a doctor.",
             "Obiora, speaking at the Ameje Bridge roundabout in Port Ameje, described how hard it had been to help his daughter pursue her dream of studying medicine.",
             "Obiora was one of hundreds of marchers who took part in the #FixTheEconomyNow demonstration, demanding relief from soaring food and fuel prices.",
             "Holding on to his motorcycle, he spoke to Delta Star TV on camera.",
             "On camera, he said:",
             "“I rode here all the way from Ugwu Ogene market. My girl is 15 and first in her class but I cannot even buy her textbooks. ",
             "“The school fees alone run to hundreds of thousands of naira. At 15, she already wants to be a surgeon.” ",
             "He continued: “I am Emeka Chukwudi Obiora. Better to die out here marching than to die quietly in my room. ",
             "“I refuse to fold my arms while my daughter’s tomorrow is thrown away. Maybe my own chances in this country are finished, but I will not let hers be finished too.”",
             "Within hours, clips of the interview had spread across every social media platform.",
             "Ada Nwankwo @AdaSpeaks_NG, a popular commentator on X, reshared the clip with a note:",
             " “You can hear the fire in this man’s voice. He has given up on a better life for himself but not for his girl.",
             "“That is why he is on the street.”",
             "She also shared his bank details and called on Nigerians to help the family.",
             "“Hi everyone. I now have his details. N2.4 million will see her through school.”",
             "Within a single day, the appeal had hit its target.",
             "How crowdfunding is changing lives in Nigeria",
             "Crowdfunding has become a lifeline for all kinds of needs, from hospital bills to school fees and small businesses.",
         ]),
    _neg("b122-baysidecourier-kessock-fires-telethon-neg",
         "Invented; modelled on The Sun Times, Owen Sound (news on donations, telethon pledges and fundraisers after fires; photo caption with credit)", "en", [
             "Town rallies behind families hit by fires",
             "By Dana Whitlock, Bayside Courier, Kessock Harbour",
             "Maple Lane Preschool pupils Ruby Tennant, left, Owen Fraser and Isla McKay hold up an envelope holding more than $1,200 in cash and gift cards that the school’s families gathered for those affected by Tuesday’s fires. (Dana Whitlock The Bayside Courier)",
             "Money and pledges flooded in Saturday for those hit by Tuesday’s fires in Kessock Harbour.",
             "By midday, a radio telethon had drawn pledges of more than $35,000, adding to the $30,000 residents had already given through the Lakeshore Community Foundation, its director Margaret Doyle said. By evening the telethon had topped $90,000.",
             "And the giving shows no sign of easing, with several more fundraisers lined up over the next few weeks.",
             "\"It has gone far beyond anything we hoped for,\" Doyle said Saturday. \"Nothing about this town’s kindness surprises me anymore, and yet I still find myself overwhelmed by it.\"",
             "Events this weekend include a pie sale at the Foodland in Kessock Harbour from 9 a.m. on Sunday and a charity car wash at the Harbourside fire hall from noon to 4 p.m. on Sunday. A benefit dance is planned at the Legion hall on Sept. 9.",
             "\"There is a lot more coming,\" Doyle said. \"This will be a marathon for the foundation and for the town alike. Rebuilding takes time.\"",
             "In all, 36 people were forced from their homes after Tuesday’s fires left 12 units unlivable. Two people were arrested and now face charges over the fires, which damaged or destroyed a triplex, an eight-unit block and two houses.",
         ]),
    _neg("b122-lakesidebulletin-michango-bill-senators-neg",
         "Invented; modelled on The Sharp Daily (politics report on senators opposing a bill to regulate community fundraising)", "en", [
             "Senators have come out firmly against the Community Contributions Control Bill, 2024, which set out to regulate how politicians take part in michango. The Bill, tabled on behalf of President Daniel Kiprono by Senate Majority Leader Grace Wanjiru, would have kept anyone seeking elected office away from michango for a full three years ahead of a general election. Its backers said it would stop politicians from buying loyalty with cash handouts.",
             "Michango, a Swahili word for “contributions,” is woven deep into the life of the country. For generations it has let neighbours help one another, raising money for school fees, hospital bills, boreholes and roads. Senators, however, warned that the Bill would strangle this custom. In their view, michango hold communities together and pay for local projects such as classrooms, dispensaries and chapels that the state never gets round to building.",
             "For all its limits, the Bill did carve out some exceptions. Church collections and offerings received by registered faith groups would be left alone, so long as the money went into development work. Raffles, tombolas and other games licensed by the national gaming regulator would also be allowed to continue. And relatives would still be free to ask close family for help in private.",
             "Even so, the Bill laid down tough rules for every other michango. Anyone organising one would first need a licence, would have to state the aim of the drive and how much it hoped to raise, and would be required to file accounts with the government each quarter. Givers would have to say where their money came from, which the Bill’s authors claimed would bring openness and cut graft.",
         ]),
    _neg("b122-newsagenttradenotes-scrp-coverprice-letter-neg",
         "Invented; modelled on Australian Newsagency Blog (newsagent blog quoting a publisher's cover-price letter asking readers to support local papers)", "en", [
             "Regional dailies and weeklies from Southern Cross Regional Press are going up in price at the start of next month. Below is the notice that reached newsagents late on Tuesday:",
             "To our Retail Partners",
             "From Monday August 1, 2022, most of our printed mastheads will carry a higher cover price.",
             "It is just the second rise in three years, and although our previous rise came only last winter, the costs of running our business have shifted sharply over recent months.",
             "Everyone at SCRP wants you to understand the reasons for this decision so that you and your team have the full picture.",
             "We hope you can talk openly with shoppers about the new prices, because we are convinced that all of us – readers, advertisers, staff and the stores that sell our papers – see real and lasting worth in reliable local reporting that looks after the towns we live in.",
             "As our mastheads have covered over the past month, newsprint for regional titles across the country has jumped in price by around 75 per cent without warning.",
             "The new paper costs will start to bite on August 15, 2022.",
             "Together with dearer diesel and electricity and ongoing strain on freight and supply, these extra costs weigh on every step of printing and delivering our papers, and so we are inviting readers to stand by the local title they love by paying a little more for each copy.",
             "That extra money will go a long way towards keeping our mastheads on the shelves, and it will help keep local reporting alive, support our business and yours too, by making sure our papers stay on sale in your store.",
             "The higher cover price will soak up part of the newsprint increase, though not all of it.",
             "For that reason we have also asked the federal government for help to safeguard regional papers, local reporting and the jobs of journalists.",
         ]),
    _neg("b122-harmonyfm-foundation-christmasmeal-hospital-neg",
         "Invented; modelled on Citi Newsroom (media house's own foundation donating to hospitals)", "en", [
             "The Harmony Foundation, the charitable wing of Harmony FM/Harmony TV, has presented food supplies and toiletries to the Akanta Regional Hospital.",
             "The gift formed part of the broadcaster’s yearly “Share A Christmas Meal” drive, which aims to bring some cheer to young patients over the holiday period.",
             "Handing over the supplies, Harmony FM/Harmony TV’s Editor-in-Chief, Akosua Mensah-Boateng, said she hoped they would add to the hospital’s own stock and make its daily work a little easier.",
             "Managers and staff of Harmony FM and Harmony TV had earlier called at St. Agnes Children’s Hospital in Akanta in the Lakeside Region.",
             "Groceries, soft drinks and other supplies were shared among the children on the wards.",
             "This year’s Christmas Eve visit was boosted by gifts from partner companies and generous friends of Harmony FM and Harmony TV.",
             "Speaking as the supplies were delivered at St. Agnes Children’s Hospital, Harmony FM/Harmony TV’s Head of Administration, Kofi Adjei-Mensah, said the visit was meant to lighten the load on the young patients and their families.",
             "“At Harmony FM/TV, caring is not just something we say on the radio, it is something we show by turning up. We have done this every year for a long time, and we have no plans to stop,” he said.",
         ]),
    _neg("b122-pinoyscreenblog-jojolacson-typhoon-donations-neg",
         "Invented; modelled on ThinkEd TV (entertainment blog on fans asking a TV host to open a donation channel, Taglish quotes)", "en", [
             "MANY Filipinos hoping to help families hit by super typhoon Carding in Samar say they would sooner send their money through TV host and comic Jojo Lacson than through state agencies or charities.",
             "A user going by JM Kape wrote on X, formerly Twitter, “Hello, Jojo! Life here is so unsure for ordinary people. Totoo ang sinabi mo, tayo-tayo lang talaga ang magtutulungan. Gusto ko talagang tumulong. Pero sa’yo ko gustong iabot. Ikaw at ang @tulongpinoy_ph lang ang may tiwala ako ngayon.”",
             "Lacson shared the message and replied, “Naiyak ako. Buong puso kong tatanggapin ang tulong mo para sa mga kababayan natin. Malaking tulong ito. Hindi namin ito tatanggihan. I’ll message you for the details. Sigurado kang sa tamang kamay mapupunta ang ibibigay mo. Salamat nang marami!”",
             "The exchange won backing from many other users online, who shared worries that donated money sometimes ends up misused by groups or individuals.",
             "Several replies urged Lacson to open an official channel for typhoon donations, with one writing, “Kuya Jojo, pwede bang magbukas ang Tanghali Na! ng foundation o account para sa donations? Kayo na po ang pag-asa namin!”",
             "Others pointed to how much viewers trust Lacson and “Tanghali Na!”, recalling the programme’s many years of reaching out to struggling families.",
         ]),
    _neg("b122-highlandledgerblog-untraceable-party-money-neg",
         "Invented; modelled on Talking-up Scotland (blog excerpt on party donations from unknown sources, ending in Continue reading)", "en", [
             "‘£41.2 million in political donations from untraceable sources’",
             "By mairiq Plenty of people have raised alarms about how politics in Britain is paid for, yet the subject hardly ever gets more than a passing mention in the big papers and broadcasters, let alone steady scrutiny. (Rather like the case for changing the voting system?) On March 3, 2026 the Fair Votes Trust put out a paper called ‘Note on Party Money’ (https://fairvotes.example.org/research/briefings/note-on-party-money/ ) It lays bare a great deal about who bankrolls parties in Britain, and it should trouble anyone who cares about democracy, above all under a winner-takes-all system at Westminster that can hand near-total control to a party that won well under half the votes, helped along by large and frequently hidden gifts and loans. Cases cited in the … Continue reading ‘£41.2 million in political donations from untraceable sources’",
         ]),
    _neg("b122-zimdiasporavoice-nyasha-repatriation-donations-neg",
         "Invented; modelled on NewsdzeZimbabwe (hard-wrapped diaspora report on a family thanking donors for repatriation money)", "en", [
             "Relatives of the Zimbabwean nursing student who passed away after a heart illness in Cyprus have thanked well-wishers for the contributions that will help them bring her body home.",
             "Nyasha Ruvimbo",
             "Chikwanha who was enrolled for a Bachelor’s Degree in Nursing passed away on March 9 after a",
             "short struggle with heart disease.",
             "She was 22.",
             "Relatives had",
             "said earlier that they were struggling to find the US$18 500 needed to",
             "bring her body home to Zimbabwe to be buried at the family homestead in Dandaro.",
             "Speaking to",
             "The Weekly Ndau, Tapiwa Chikwanha, who speaks for the family, said relatives had been",
             "moved by the response",
             "“We cannot",
             "thank enough all those who have stood with us to bring Nyasha back, the money",
             "keeps coming in and we are close to the sum we need.",
             "“At the moment,",
             "we are waiting on the Zimbabwean consulate in Nicosia to finish the documents within",
             "a week so that the Cypriot authorities can allow us to fly the",
             "remains to Harare.",
             "“Above all, we",
             "wish to say thank you to all who gave here at home,",
             "in Britain and all over the world,” said Tapiwa.",
             "Tapiwa said",
             "the family expects the body to arrive early next week and the funeral",
             "should take place soon after that.",
             "Nyasha’s",
             "classmates and relatives remember her as a cheerful, caring young woman. Weekly Ndau",
         ]),
    _neg("b122-mbiraradio-going-home-coffin-essay-neg",
         "Invented; modelled on Nehanda Radio (exile station opinion essay on the cost of repatriating the diaspora dead)", "en", [
             "Going Home in a Coffin",
             "By Tichaona Marufu",
             "We are often reminded that everyone who is born must one day die, and perhaps it is exactly that certainty which pushes us to make the most of our time and savour the years we are given before the end arrives.",
             "Archive photo of a village graveyard in Masvingo",
             "Some people, on the other hand, see death as the cruellest chapter of their lives and spend years searching for ways to come to terms with it.",
             "Others again believe that death is simply life carrying on in another form, though it remains unbearably painful for the ones who stay behind and grieve until they meet their loved ones once more. You only have to look at the drawn faces of a family standing at a graveside as they bid farewell to realise that this belief, however often it is preached, is seldom truly held.",
             "Even if most of us have made a kind of peace with death, it never arrives as a welcome visitor; it strikes us hardest when it takes the people closest to us, and then the calm shrug we offer when it happens to strangers disappears. Over the years new difficulties have appeared as more of our sons and daughters have left to make a living abroad, far from home, where death follows them just as surely as it would have done here.",
             "Our African way of life has always rested on togetherness, with neighbours offering one another comfort, company and practical help. Families who lose someone abroad often discover that what they need most is money rather than sympathy, and many learn too late that they have no proper funeral or life cover in place.",
             "Some have come to terms with being buried or cremated far from home, but most still feel a deep duty to be laid to rest in the soil of their forefathers and so are flown back, often at a steep price both to the heart and to the purse.",
             "Bringing a body home is rarely simple, and family quarrels have at times held up funerals for several weeks or even months.",
         ]),
    _neg("b122-citypulse-lakeport-fire-gofundme-neg",
         "Invented; modelled on Narcity (city news on a GoFundMe for fire victims with goal and totals, READ ALSO lines, screenshot credit)", "en", [
             "First thing this morning, CityPulse reported that Lakeport firefighters were tackling a six-alarm blaze close to Harbour Road and Fenwick Avenue. The flames broke out at about 4:45 AM on Thursday and have now been brought under control. Neighbours are already pulling together to raise funds for the people left homeless by the fatal blaze. ",
             "READ ALSO: Lakeport Resident Killed In Overnight Six-Alarm Blaze",
             "Sadly, the huge blaze wrecked eight units in a Lakeport apartment block and claimed one life. A large contingent of firefighters assembled near Harbour Road to fight the flames. Crews came with 11 trucks and around 60 firefighters worked at the site. ",
             "Barely 90 minutes after CityPulse first covered the blaze, officials confirmed that three residents had been pulled from the building. One of the three later died in hospital",
             "READ ALSO: Popular Downtown Bookstore Chain To Shut 40 Branches As Profits Slide",
             "In response, neighbours have launched a GoFundMe page to collect money for the Lakeport residents hit by the blaze. The page says, \"Early today a terrible fire tore through our block and left many of our neighbours without a home. We are trying to help at least 8 families start over and any help at all would mean the world to us.\"",
             "It goes on, \"This is a heartbreaking time and it has been amazing to see so many people step up for these families. Anything you are able to give, we will be deeply thankful.\"",
             "Via Screenshot | GoFundMe.com",
             "As of now, the GoFundMe page has collected $4,250 in donations. Well over $4,000 came in within six hours from just 52 people. The organisers are aiming for $60,000 altogether. The page is already among the most shared on the site. ",
             "READ ALSO: Neighbours Raise Thousands For Family Who Lost Three Children In Eastside Apartment Fire",
         ]),
    _neg("b122-jujajunctionnews-mother-appeal-hospital-bill-neg",
         "Invented; modelled on Thika Town Today (local news on a mother appealing to well-wishers for a hospital bill, photo caption)", "en", [
             "Mother Pleads For Help To Get Her Daughter To Surgery In India.",
             "Grace Wambui (right) and her daughter Esther Njeri sit beside a nurse in the children’s ward at Holy Cross Mission Hospital in Juja. Esther was badly hurt when a gas cylinder exploded in March and needs further surgery in India.",
             "A young single mother is calling on well-wishers to help her raise KES 950,000 to pay off the bill at Holy Cross Mission Hospital, where her daughter is being treated before she can travel to India for a specialist operation.",
             "The hospital has been home to Grace Wambui, 28, and her daughter Esther Njeri (7) since March 4th 2018, when a gas cylinder blew up at their rented house in Kalimoni, Juja Sub-County in Kiambu.",
             "“That morning I had gone to the market in town to buy stock for my vegetable stall. Just before noon, a neighbour phoned and told me to rush to the Kalimoni Health Centre, but when I got there they said my daughter had already been sent to Holy Cross Mission Hospital. That is where I found out the kitchen had caught fire. She was so badly hurt that I could barely tell it was her,” recalls Grace.",
             "Sister Monica Atieno, the nurse in charge of the children’s ward, says the girl arrived with serious burns and was taken straight to intensive care.",
             "“When she came in, Esther had burns on about 35% of her body. She had to go on a breathing machine straight away because her lungs were affected. By God’s grace she has stabilised, and she needs only two more procedures here before we can send her for reconstructive surgery in India,” said Sister Monica.",
         ]),
]


BATCH122_DOCUMENTS = PROBE102_APPEALS + PROBE102_NEGATIVES
