"""Batch 144: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

15 documents (6 appeal, 9 negative; all EN): our own paraphrases of every document of the local-only
real probe 124 (15 documents). Each keeps the real page's structure line for line (no blank lines, as
in the real pages): a cut-off article lead ending in "…", a court story with a one-line newsletter
sign-up at its foot, an evening briefing squashed into one long line with "To read on, click here."
links, a video-roundup page with a photo caption repeated twice (the copies differing only in one
double space) and a photo-credit line, a news-wrap list of cut-off wire teasers ending in "..." with
date lines, a transport story from a mirror site whose end is cut mid-word, a newsdesk list of
headlines with "NAME  CITY, date:" datelines (double spaces kept) and a trailing space, a "- Publish
Date" bullet pair, and short subheading lines in an exile outlet's statement.

What the gold marks: an end-of-article "we do this for you" donation block of six lines ending in a
"Give today" button; a one-line politics-newsletter sign-up at the end of a court story; a "follow our
WhatsApp channel" sentence in the middle of a one-line evening briefing (the sentence only, not the
headlines around it); a four-line paywall box ("read this for free", free-trial pitch, trial button,
sign-in line) at the end of a video page; a newsletter sign-up line at the top of a news wrap; and
on a mirrored transport story both the community-membership notice under the headline and the
WhatsApp breaking-news sign-up that closes the page, cut mid-word. Negatives keep what makes the real
ones hard: a local-newspaper week report in which a publishers' body urges readers to buy copies and
take out subscriptions; a student site on musicians raising money for another, struggling magazine
that lives on donations; a report on crowdfunding pages for victims of a disaster with sums and the
pages' own quoted pleas; an activist's public plea for donations for equipment, with his payment
number mentioned; a mobile wallet's donation feature for disaster relief; a blogger relaying a news
site's new reader-donation campaign at length and saying he subscribed; an exile outlet's news
round-up with a press-freedom group's support project for journalists; an exile outlet's statement on
its own hardships after a coup, cut before any appeal; and an exile newsdesk headline list with a
broadcasters' funding item.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches, each text is taken as it stands, every gold appeal substring is located in it (asserted
unique) and the fixture file is written from it.
"""


from whole_documents import _doc, _neg


# --- Probe 124: appeal documents ----------------------------------------------------------------

_WARDPULSE_GIVE = "\n".join([
    "It's all for *YOU*",
    "You, and every resident fed up with cracked footpaths, choking smog and overflowing bins—our ailing towns, in a word.",
    "Ward Pulse is a newsroom devoted to how Indian towns actually work. We ask what has gone wrong on our streets and in our wards, and who let it happen—and we report on what is fixing it. Then we take one more step, following the residents who push for change, their methods, and the lessons they leave for every town.",
    "With Ward Pulse, Street Ledger and our other projects, we keep liveable towns on the agenda and help residents lead the way.",
    "This reporting only carries on with your backing. Every rupee you give keeps us afloat.",
    "Give today",
])

_CLYDESIDE_NEWSLETTER = "Want the Clydeside Herald Holyrood Briefing newsletter? Tap here to sign up"

_HIGHVELD_CHANNEL = (
    "Remember to follow the Highveld Daily WhatsApp Channel so you stay current, clued-up and ahead "
    "of the headlines"
)

_CAPELINE_WALL = "\n".join([
    "Unlock this story at no cost",
    "A country can only build a better tomorrow when its people are well informed. Capeline has been reporting for South Africans for 19 years, and a bold new era of independent reporting is about to begin. Start a free trial of our subscription to open this article and a whole library of reporting meant to inform, equip and spark ideas.",
    "Start your 21-day trial, free",
    "Got a subscription already? Log in",
])

_PEACERIVER_WRAP = (
    "NEVER MISS A BEAT: Get the local headlines you care about sent to your inbox each evening. "
    "Sign up for our nightly news roundup."
)

_CORRIBNOW_MEMBERS = (
    "Members of our community get exclusive deals, promotions and ads from us and selected partners. "
    "You can leave whenever you like. Learn more"
)

_CORRIBNOW_WHATSAPP = (
    "Get Corrib Now breaking news alerts on WhatsApp. Tap this link to have your daily helping of "
    "Corrib Now stories sent to you. Community members also get exclusive deals, promotions, and partner a"
)


PROBE124_APPEALS = [
    _doc("b144-wardpulse-nonagenarian-candidate-end", "appeal", "end",
         "Invented; modelled on Citizen Matters (cut-off civic story, six-line 'we do this for you' donation block with button)", "en", [
             "“I turned 91 in March, and I still walk every lane of this ward,” says Saroja Ramanathan, who is in the middle of planning her campaign. The retired schoolteacher has put in her papers for next month's municipal polls and wants a seat on the city corporation. She will stand from ward 62, which covers the Aundh and Baner neighbourhoods of Pune. Called Saroja aaji by almost everyone on her street, she also helped start NAGRIK, a residents' network set up in 2014 to help people in the city take up problems like drains, streetlights and encroachments. NAGRIK assists Punekars by showing them which office to approach and how to follow up with the correct…",
             _WARDPULSE_GIVE,
         ], appeals=[_WARDPULSE_GIVE]),
    _doc("b144-clydesideherald-treasurer-hearing-end", "appeal", "end",
         "Invented; modelled on Daily Record via a news mirror (court story ending in a one-line politics-newsletter sign-up)", "en", [
             "A first procedural hearing in the fraud case against a former party treasurer has been pushed back until after the coming regional assembly vote.",
             "Graham Lennox had been due to stand before the Sheriff Court in Paisley on March 11 to face a single charge of fraud.",
             "Prosecutors said this evening the hearing has been moved to June 17 in Stirling – more than a month after polling day.",
             "Lennox, 58, handled the Alba Forward party's accounts for 14 years.",
             "He was charged last autumn after an inquiry by detectives – known internally as Operation Thistlegate – into how campaign funds were spent",
             "Lennox faces one charge of fraud and said nothing in reply when he first came before Dundee Sheriff Court in November.",
             "The ex-treasurer, now separated from the party leader, will be back in court in June.",
             "He stepped down from his post abruptly in 2022 after a dispute over falling donations and unpaid campaign bills.",
             "A spokeswoman for the prosecution service said: “Our prosecutors take decisions on their own, guided by the public interest, in every case they handle. We recognise that many people are following this case, which is now live for the purposes of contempt law.",
             "“Those rules exist so that trials stay fair, complainers can be heard and anyone charged with an offence is treated justly.",
             "“Anybody writing about live proceedings should take great care, as nothing published may discuss or weigh up the evidence, the witnesses or the person charged. Breaching contempt rules can lead to a jail sentence of up to two years, a fine with no upper limit, or both.",
             "“Senior law officers played no part in any decision taken on this case.”",
             _CLYDESIDE_NEWSLETTER,
         ], appeals=[_CLYDESIDE_NEWSLETTER]),
    _doc("b144-highvelddaily-evening-briefing-middle", "appeal", "middle",
         "Invented; modelled on IOL via a news mirror (one-line evening briefing with a WhatsApp-channel line inside)", "en", [
             "Tonight's briefing: Five headlines you might have skipped on 9 July 2025",
             "Frost warnings for the interior as a cold front sweeps in from the west, while coastal towns stay mild. Good evening, Highveld Daily readers! It's Wednesday, 9 July 2025, and here is our round-up of the stories people were talking about across the country and further afield. "
             + _HIGHVELD_CHANNEL +
             " Weather outlook: Bitterly cold mornings and light snow possible on high ground The week began quietly, but forecasters at the national weather office say a strong cold front will bring snow to mountain passes and a sharp drop in temperatures by Thursday. To read on, click here. Opposition leader slams trade trip: 'Our economy will not be rescued by foreign capitals' Opposition leader Themba Mokoena has launched a fierce attack on the finance minister's week-long tour of European capitals, arguing that the country must solve its own economic troubles at home. To read on, click here. Paraffin and diesel prices set to drop from next Tuesday, 15 July A firmer currency and softer oil prices mean motorists and households can expect some relief at the pumps next week, despite a small rise in the road levy. To read on, click here. Scam alert: Police warn of fake rental listings on social media Detectives in Tshwane have urged tenants to be on guard after a spike in cases in which people paid deposits for flats that did not exist, many of them advertised in online groups, especially around Hatfield and Sunnyside. To read on, click here.",
         ], appeals=[_HIGHVELD_CHANNEL]),
    _doc("b144-capeline-weekly-videos-end", "appeal", "end",
         "Invented; modelled on City Press on the News24 platform (video roundup, doubled photo caption, four-line free-trial paywall box)", "en", [
             "Catch up: This week's most viewed news clips",
             "DURBAN, SOUTH AFRICA - MARCH 14: A wide shot of delegates at the 2025 Provincial Budget Speech  inside the Durban ICC on March 14, 2025 in Durban, South Africa. The speech is delivered every year, when the provincial finance MEC sets out spending plans for the coming twelve months, usually at a special sitting of the legislature (members of the ruling party and the opposition benches).",
             "DURBAN, SOUTH AFRICA - MARCH 14: A wide shot of delegates at the 2025 Provincial Budget Speech inside the Durban ICC on March 14, 2025 in Durban, South Africa. The speech is delivered every year, when the provincial finance MEC sets out spending plans for the coming twelve months, usually at a special sitting of the legislature (members of the ruling party and the opposition benches).",
             "Picture: Lumen Images/Sipho Mthembu",
             _CAPELINE_WALL,
         ], appeals=[_CAPELINE_WALL]),
    _doc("b144-peaceriverpost-wire-roundup-top", "appeal", "top",
         "Invented; modelled on Everything GP (newsletter line above a list of cut-off wire teasers with dates)", "en", [
             _PEACERIVER_WRAP,
             "A quick look at the wire stories making news across the country tonight... Rail workers' walkout reaches Day 12, no talks planned Freight trains have sat idle for twelve days now, and grain shippers are wor...",
             "Nov 21, 2024",
             "VANCOUVER - Hockey fans packed the arena by the thousands in jerseys and face paint for the season opener, but one supporter in the upper deck drew more cameras than the players. Sh...",
             "Nov 21, 2024",
             "OTTAWA - With a trade review looming south of the border, federal officials quietly drafted plans for closer work with Washington on critical minerals, port security and electricity gr...",
             "Nov 21, 2024",
             "HALIFAX - Marie-Claire Doucet still remembers the morning she spotted a pod of right whales surfacing off the coast of Cape Breton Highlands National Park, under a low grey sky that was...",
             "Nov 21, 2024",
             "WINNIPEG - A debate over whether to allow drone racing in provincial parks split the governing caucus in Manitoba, and the premier eventually shelved a proposed permit system that had dr...",
             "Nov 21, 2024",
         ], appeals=[_PEACERIVER_WRAP]),
    _doc("b144-corribnow-tram-route-extension-top-end", "appeal", "top+end",
         "Invented; modelled on Dublin Live via a mirror site (community-membership notice under the headline, WhatsApp sign-up at the end cut mid-word)", "en", [
             "City Transit confirms longer route for new bus service connecting Oranmore to the tram",
             _CORRIBNOW_MEMBERS,
             "City Transit has confirmed that the new G22 bus service will be lengthened, linking Oranmore and Claregalway with Parkmore and the Red Line tram.",
             "The longer route starts running this coming Monday. The change follows weeks of complaints after the network redesign in the area last autumn, which left Oranmore and Claregalway with no direct service to Parkmore or a connection to the tram.",
             "The service, which until now only ran on local streets between Carrowmoneash and the Oranmore Road junction, has almost doubled in length and will call at Claregalway and Lackagh on its way to Parkmore. The buses will now also stop in the growing district of Ballybrit, where hundreds of new houses are under construction.",
             "The timetable stays the same, so buses will keep running every 40 minutes throughout the week, with 28 return trips on weekdays, 26 on Saturdays, and 22 on Sundays and bank holidays. The route will also give passengers a connection between the tram and the train at Oranmore station.",
             "The transport authority's head of bus services, Aoife Brennan, said: 'After a strong start for the G22 when the new network began in the autumn, we have listened carefully to passengers who told us they needed better links to other services. So we are delighted to confirm that the G22 will now run on to Parkmore, Claregalway and Lackagh and meet the Red Line tram – giving our customers a simpler, more useful journey.'",
             _CORRIBNOW_WHATSAPP,
         ], appeals=[_CORRIBNOW_MEMBERS, _CORRIBNOW_WHATSAPP]),
]


# --- Probe 124: negatives -----------------------------------------------------------------------

PROBE124_NEGATIVES = [
    _neg("b144-shannonsidechronicle-localpressweek-subscriptions-neg",
         "Invented; modelled on Limerick Leader (report on a publishers' body urging readers to buy papers and subscribe)", "en", [
             "Regional Press Week starts today",
             "REGIONAL papers and news sites right across the country, the Shannonside Chronicle among them, are shining a light on what they give back to their areas as Regional Press Week gets under way.",
             "People who read on paper or on screen are being asked to back their regional title by picking up a copy at the shop or signing up for a digital subscription.",
             "Fiona Cassidy, chair of Regional Press Ireland, the body for publishers of paid weekly titles nationwide, said: “Too often people forget how much papers, printed and online, do for the towns, townlands and parishes they serve. “Every single week we turn up, and even in the lockdown months when shops shut their doors and trade dried up, we went on printing so people knew what was happening.\"",
             "“We have survived a downturn, a massive drain of ad revenue to the online platforms, the pandemic, and now an energy and cost of living squeeze on top of a 120% jump in the price of newsprint, the paper we print on, in under two years,\" Ms Cassidy went on.",
             "Regional Press Ireland says it has been heartened by backing from the minister, the coalition and the opposition benches, and expects more once the media review group's proposals are acted on.",
             "Speaking as the week opened, the Minister for Culture, Heritage and Media said: “Regional papers matter hugely to the places they serve, recording the lives of those living and working there, marking what makes our home places special, and putting the spotlight on the issues that count for all of us.\"",
         ]),
    _neg("b144-eccleshillnews-thornbury-review-fundraiser-neg",
         "Invented; modelled on Salford Now (student site on musicians raising funds for another struggling magazine that lives on donations)", "en", [
             "The Thornbury Buskers Collective have joined forces with local performers of every age to raise money for the Thornbury Review.",
             "Eleven years and some 4,200 stories on, the Thornbury Review may soon have to shut. At present the Review receives no grants and depends almost entirely on readers' donations and the unpaid work of its volunteers.",
             "We sat down with the Review's editor and one of its founders, Maureen Haldane, to talk about why Thornbury needs the Review, what it has achieved and why it deserves a rescue.",
             "“It all began eleven years ago when families on Canal Row were being told their homes would be flattened, and the people of Canal Row wanted someone to speak up for them. Inside five months we'd put out a huge, glossy magazine, oversized and bold, and it rattled the whole town”.",
             "Behind the scenes, our advertisers dropped away one after another, and we think somebody at the town hall was leaning on them”.",
             "So how did the Thornbury Review run out of cash?",
             "How did readers respond the first time round?:",
             "“For our very first cover we had two options. One was a sit-down chat with a famous footballer from the town, the other was a woman named Peggy, a retired mill worker whose terrace was about to be bulldozed. We asked our readers which of them mattered more on the front, and they picked Peggy. The first thing we did with the finished magazine was hand a copy to the then leader of the borough council, and within a quarter of an hour they were ringing us up shouting. Then we took a pile to the market square and handed them out. Buses were actually held up round the square because the drivers stopped to read the Thornbury Review. People loved it, we'd never known anything like that”.",
         ]),
    _neg("b144-tideradio-harbourflood-crowdfunding-neg",
         "Invented; modelled on Radio Hauraki (report on crowdfunding pages for disaster victims, with sums and quoted pleas)", "en", [
             "How you can support the people of Whitecliff after the flash flood",
             "- Published",
             "- Sunday, 9 April 2023, 9:40AM",
             "Close to $800,000 has been given in less than a day to support families hit by the Whitecliff flood.",
             "The Coastal Relief Trust opened an online fundraising page late last night - under nine hours after the river burst its banks and swept through the town's lower streets.",
             "Within five hours, more than $410,000 had been pledged to the Kindly Hands page. The page is now believed to be struggling under the number of visitors and keeps going offline.",
             "A second fundraiser on GiveRound had reached $352,180 at 8.10am.",
             "GiveRound, which is run from Australia, calls itself \"a place for communities to come together and fund people who need help quickly, wherever they are\".",
             "The GiveRound page is titled \"Whitecliff Flood Relief - Helping Families Rebuild - Standing Together\".",
             "\"This is our chance to show the people of Whitecliff that they are not on their own,\" the fundraiser says.",
             "\"Every dollar raised will be passed to affected households through the Whitecliff Community Hub.",
             "\"The money will cover urgent costs like food, temporary housing and clothing for the families who lost everything. Nothing can undo what happened, but we hope to make the weeks ahead a little easier.\"",
             "The Kindly Hands page says it is the Coastal Relief Trust's official appeal for people affected by the flood.",
             "\"Scores of homes have been destroyed and many families have nowhere to go after ... [Saturday's] devastating flood,\" the Kindly Hands page says.",
             "\"They need all of us right now!\" Every dollar given through this page will go to practical help and services for residents affected by the Whitecliff flood and their relatives.\"",
         ]),
    _neg("b144-lakeregiontimes-activist-laptops-donations-neg",
         "Invented; modelled on The Standard, Kenya (activist's public plea for equipment donations, payment number mentioned)", "en", [
             "Campaigner Wanjiru Odhiambo on Thursday asked well-wishers across the country to help her buy equipment she says she needs to push for accountable government.",
             "In a post on her social media pages, Odhiambo said campaigners and whistleblowers pay out of pocket to take matters to court and to cover day-to-day expenses.",
             "“If you see Wanjiru & the AUDIT Squad in Turkana checking projects, somebody paid for the trip. If you see a lawyer challenging a tax law in court, somebody paid for the research, the photocopies & the court fees. If you see a memorial vigil at Kamukunji grounds for young protesters, somebody paid for the tent, the speakers, the lighting & the guards.",
             "“If you see a commentator explaining hidden loans & bad contracts, somebody paid the analysts, the researchers, the camera crew and the sources who leaked the documents. Every good thing you see happening in this country cost money, effort and sleepless nights,” she posted.",
             "She continued: “So ask yourself this: who paid for the work you are cheering? Was it well-wishers? Which ones? If it was a tycoon, what for? If it was a foreign charity, what for? What are they after? If it was a politician, what for? What do they gain?”",
             "Odhiambo said her work runs on contributions from ordinary citizens but admitted she cannot go on asking them forever.",
             "She said she keeps looking for new ways to raise money and to think through how reform can happen.",
             "The campaigner said she needs four laptops and one heavy-duty printer for her volunteer lawyers to draft and lodge petitions, and she shared her mobile money number.",
             "“Everything I do is paid for by ordinary citizens through mobile money…But I cannot keep knocking on their doors every day, because sooner or later they get tired. I have to be creative about raising resources.",
             "“…tuchangie kidogo we need four laptops and one big printer. They will be used by a group of volunteer lawyers who will be taking petitions to court on behalf of ordinary people,” she posted.",
         ]),
    _neg("b144-islandpulse-typhoon-wallet-relief-neg",
         "Invented; modelled on Orange Magazine, Philippines (mobile wallet's donation feature for disaster relief)", "en", [
             "After Typhoon Amihan tore through the Visayas, the tradition of neighbours helping neighbours showed itself again in the flood of relief goods and volunteers coming from every corner of the country to help affected families.",
             "Schools, parishes, companies and ordinary people organised their own relief drives to gather food, water and clothes and deliver them to the towns battered by the storm in Leyte.",
             "On television and across social feeds, people everywhere watched Filipinos from every background — city halls, relief agencies, charities, and private citizens — lean on each other to get help to those who needed it.",
             "“Moments like this bring out the best of the Filipino. At PayLakas we were moved by how quickly people opened their wallets for the families hit by the typhoon, so we built a new feature into the app to make giving easier for everyone,” PayLakas chief executive Miguel Santiago said.",
             "To make helping even easier, PayLakas, a fast-growing digital wallet, has teamed up with a number of charities and foundations so its users can send whatever they can spare to the group or person they choose, straight from the PayLakas app.",
             "Users only need to open the app, tap “Send Help,” choose “Relief Drives,” pick “Bangon Leyte,” and enter the amount they want to give.",
             "“PayLakas stands with every Filipino who wants to help during this difficult time. With our app, people now have a quick and simple way to reach those hit by Typhoon Amihan. We know how much good our platform can do, and we will keep building it into a channel for kindness and community,” Santiago said.",
         ]),
    _neg("b144-harbourlightsblog-coastdaily-donations-relayed-neg",
         "Invented; modelled on chapman.nz (blogger relaying a news site's new reader-donation campaign and saying he subscribed)", "en", [
             "Quick note: Coast Daily tries asking readers to pay for its reporting",
             "Image by maRia LoPez on Unsplash.com",
             "This morning CoastDaily.example.com started asking its readers to chip in for its newsroom:",
             "Coast Daily has spent generations reporting the stories of this region. Some of our mastheads have been printing since the 1860s.",
             "Now we're asking for your help so we can keep telling local stories for generations more. Our readers have always kept us going, whether by buying the paper, subscribing to it, or simply reading us and so bringing in advertisers.",
             "Like plenty of other newsrooms at home and overseas, we now also welcome one-off or regular online contributions. Your gift helps Coast Daily report without favour and stay independent – and it goes straight into keeping local newsrooms open around the region.",
             "Good on them, I reckon. Back in 2018 I grumbled here that it was weirdly hard to actually pay local news outlets. This looks a lot like what some big overseas papers have been trying, and what a few smaller local sites already do.",
             "The pandemic has hammered the news business, with lots of advertisers cutting back sharply after the economic shock (and some, such as airlines and tour firms, won't be back for a while). Over the past fortnight I decided to put some money into local reporting, since I read Coast Daily's politics coverage and its city news nearly every day, so I took out a subscription to the Harbour Evening Star. Getting an actual paper in the letterbox has been a nice change, but when my six-month subscription is up I'll most likely move to a regular donation to Coast Daily.",
         ]),
    _neg("b144-irrawaddyvoice-casualties-media-support-project-neg",
         "Invented; modelled on DVB English (exile outlet's round-up with a press-freedom group's support project for journalists)", "en", [
             "More than 900 civilians killed in three months of fighting; Press groups demand freedom for reporters held in Sagaing",
             "People in Kyaukme, about 60 miles (97 km) south-west of Hsipaw in northern Shan State, look over the damage left by a drone strike on Oct. 2. (Credit: local reporter)",
             "More than 900 civilians killed in three months of fighting",
             "The monitoring group Peace Data Myanmar says its records show at least 912 civilians were killed and 1,206 more wounded in the fighting since the start of August. It also logged 1,874 armed clashes between resistance forces and junta troops in the same period.",
             "“The general's hold on power looks weaker than ever, yet he seems set on fighting to the bitter end and keeps striking at villages to make the price of resistance as high as possible. The toll on ordinary people remains terrible,” said Helen Marsh, a Southeast Asia analyst at the Regional Security Forum.",
             "Clashes were recorded in all parts of Myanmar during the last quarter, the group said. Shan State, together with Sagaing, Magway and Bago regions, saw the heaviest fighting since a coalition of ethnic armed groups, including the Arakan Army (AA) and the Kachin Independence Army (KIA), opened a fresh front in the north.",
             "New fund to help Myanmar reporters",
             "The Press Safety Alliance (PSA) began its Myanmar Newsroom Resilience Fund in Mae Sot, Thailand with partner group Border Media Hub on Nov. 4. It aims to help reporters inside the country, and those who have fled, with laptops, phones, power banks, and other gear for their work.",
         ]),
    _neg("b144-salweenherald-coup-challenges-statement-neg",
         "Invented; modelled on Mizzima (exile outlet's statement on its own hardships after a coup, cut before any appeal)", "en", [
             "Keeping the news flowing through Myanmar's crisis",
             "14 July 2021",
             "Keeping the news flowing through Myanmar's crisis",
             "(File) A freelance photographer (left) and Salween Herald reporter Naing Lin Oo (right) among protesters at a rally in Mandalay, 12 February 2021. Photo: AFP",
             "Since the army seized power on 1 February, we in Myanmar have faced one obstacle after another as the regime has come down hard on all of us, both as people and as the Salween Herald team. After the takeover, deciding whether to keep working as journalists and keep serving our readers with free reporting became, plainly, a matter of survival.",
             "Soldiers have raided and wrecked our newsrooms inside the country. Several of our colleagues are behind bars right now, some of them abused in custody, and many others know they will be imprisoned – or suffer worse – if the regime's troops ever catch them or find where we work.",
             "Hardships",
             "Still, we have been here before. For more than a decade before 2013 we reported from outside the country, with bases in Bangladesh and Thailand – years in which the generals branded the Salween Herald a threat to the nation.",
             "Because of that, we know a great deal about reporting in secret and getting around the army's efforts to block us. And this time we also have the advantage of better technology and modern tools.",
             "Reaching readers",
             "To push back against the pressure on us, we have to rely on many channels at once, from satellite television to social networks, to carry on reporting every day. If the junta blocks one channel or several, we can still reach people through the others to report, publish and broadcast. We had planned for this well before the coup, because we were already working across print, radio, video and the web. And we use all of those channels to let people know where they can still find us.",
         ]),
    _neg("b144-snowlandtimes-newsdesk-headlines-neg",
         "Invented; modelled on Phayul (exile newsdesk headline list with datelines and a broadcasters' funding item)", "en", [
             "Snowland Desk",
             "Tibetans and other exile groups march in Ottawa against new consulate plan",
             "Dolma Tsering  DHARAMSHALA, Feb. 9: Several hundred Tibetans, Uyghurs, Hong Kong exiles and their supporters gathered on Sunday in front of Parliament Hill to protest a plan for a new...",
             "Himachal lawmaker backs Tibetan studies centre in Bir",
             "Dolma Tsering DHARAMSHALA, Feb. 6: In a move that could shape scholarship and regional ties in the hill state, Himachal legislator Anil Thakur, a longtime supporter of...",
             "Australian minister poised to clear disputed consulate expansion",
             "Dolma Tsering  DHARAMSHALA, Feb. 6: Canberra is expected to sign off on a disputed proposal from Beijing to enlarge its consulate in Sydney into what critics say...",
             "Lawmakers agree $590 million for overseas public broadcasters ",
             "Dolma Tsering  DHARAMSHALA, Feb. 4: A cross-party budget deal has set aside close to $590 million for international public broadcasting, keeping several foreign-language services on...",
             "Rights groups press Australian leader to raise abuses on Beijing trip",
             "Dolma Tsering  DHARAMSHALA, Feb. 3: With the Australian Prime Minister due to travel to Beijing for an official visit from February 3 to 7, 2026, a coalition...",
         ]),
]


BATCH144_DOCUMENTS = PROBE124_APPEALS + PROBE124_NEGATIVES
