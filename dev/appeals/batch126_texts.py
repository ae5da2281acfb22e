"""Batch 126: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the local-only
real probe 106 (24 documents). Each keeps the real page's structure (a readers' editor column with a
mid-sentence cut ending, a repeated headline around a doubled chat-community join block, a celebrity
gossip item with a lone photo-label line and a "screenshot below" line, a dated archive list of
title / excerpt triplets with "..." cuts, a commentary-section header with two archive entries ending in
a word cut mid-way, "•" bullet summaries, a birthday note with a double space inside a sentence, a
short interview index, a show teaser, an embedded tweet with its "— name (@handle) date" line, a
translation digest, a magazine-kiosk story with {{IssueName}} placeholders and a cut "Begin your"
ending) and exactly what the real gold marks: a "back our reporting" line at the very top plus a lone
"Follow Us :" line three lines down; a chat-community join line with its "- Join Now -" button, printed
twice in a row, between the repeated headline and the article; a two-line daily email alert form at the
top of a gossip page; a one-line donate banner above an arts archive; an email-headlines line and two
follow / connect lines at the top of a commentary page; a "heads up, we are on a channel now,
subscribe" line after the bullet summary; one whole paragraph of a birthday note asking readers to use
the donate button; a two-line membership box after an interview standfirst; a four-paragraph
tax-deductible donation plea closing a show teaser; a blog's two-line "get new posts by email" footer;
a "welcome back" non-profit contribution box closing a digest; and the kiosk trial box printed once in
full and then again cut after two words. Negatives keep what makes the real ones hard: official advice
on giving safely after a tragedy, a food bank's holiday hamper drive ending "please give", two house-fire
crowdfunds with targets and totals, a refunded crowdfunding scandal, an audited protest fund with fees,
a reader's letter about a newspaper's price rise, a paper closing over unpaid state advertising, a list
of exile outlets with "where to donate" links, an interview with an independent site's founder, a
community gala raising money for an exiled newsroom, and an exile radio station cutting a show after
an aid cut.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Negatives go through `_neg` (position "real", as in the
earlier batches). Like the earlier batches, each text is taken as it stands, every gold appeal
substring is located in it (asserted unique) and the fixture file is written from it.
"""


from whole_documents import _doc, _neg


# --- Probe 106: appeal documents ----------------------------------------------------------------

_LEDGERPOST_BACK = "Back Our Reporting"

_LEDGERPOST_FOLLOW = "Follow Us :"

_VADODARA_JOIN = "\n".join([
    "Hop into our Telegram Circle for flight offers, free nights, and members-only bargains!",
    "- Join Now -",
    "Hop into our Telegram Circle for flight offers, free nights, and members-only bargains!",
    "- Join Now -",
])

_GISTPOT_ALERT = "\n".join([
    "Morning Gist Alert",
    "Type your email address here.",
])

_TAMBULI_DONATE = "Keep people's media alive. Give to Tambuli.example.org."

_ANTILLES_TOP = "\n".join([
    "Tap here to get our regional headlines in your inbox every morning.",
    "Follow Antilles Wire Daily on X",
    "Link up with Antilles Wire Daily on LinkedIn",
])

_HABARI_CHANNEL = (
    "HEADS UP: HabariHub.example.com has landed on WhatsApp Channels! Hit subscribe and catch the "
    "big stories before anyone else."
)

_SHANNONSIDE_ASK = (
    "All we ask is that readers who like what we do begin backing us through the donate button "
    "sitting at the top of our home page.  Stand up for committed local reporting."
)

_SALWEEN_MEMBER = "\n".join([
    "Why not join Salween Review as a Member?",
    "Back fearless reporting from inside Myanmar. Sign up as a Salween member now",
])

_NORTHSTAR_PLEA = "\n".join([
    "We are turning to readers like you for a gift that keeps Northstar Dispatch's evidence-first, independent reporting going.",
    "The big legacy outlets take federal subsidies; Northstar Dispatch takes none. We rely entirely on Canadians like you who choose to chip in.",
    "Can a newsroom really stay balanced and even-handed while Ottawa is paying its bills? We have our doubts.",
    "That is exactly why independent Canadian media matters so much right now. If you can, please give a tax-receipted donation to Northstar Dispatch today. Many thanks.",
])

_LOUGHVIEWS_FOOTER = "\n".join([
    "Don't miss a thing from Lough Views",
    "Sign up and we'll drop every new post into your inbox.",
])

_MAINLAND_WELCOME = "\n".join([
    "Good to see you again!",
    "Mainland Digest Watch runs as a non-profit, and it can only keep going with your help. A gift from you pays for more translations, faster news alerts, and the other features you rely on.",
])

_MERIDIAN_KIOSK = "\n".join([
    "This article appears in the {{IssueName}} issue of {{MagazineName}}.",
    "Open a free 7-day Pagerack PLATINUM trial and read thousands of hand-picked premium articles, along with 8,500+ magazines and papers.",
    "Have a subscription already ? Log In",
    "This article appears in the {{IssueName}} issue of {{MagazineName}}.",
    "Open a",
])


PROBE106_APPEALS = [
    _doc("b126-ledgerpost-readerseditor-seven-top", "appeal", "top",
         "Invented; modelled on ThePrint (readers' editor column, support line at the very top and a lone follow line, cut mid-sentence)", "en", [
             _LEDGERPOST_BACK,
             "The Ledger Post turns 7. Our readers cheer, grumble, and stake their claim to being heard",
             "Every complaint we get is read as intended: as a nudge to make The Ledger Post better.",
             _LEDGERPOST_FOLLOW,
             "September matters a great deal at The Ledger Post. This week we marked our seventh birthday. For a newsroom, seven years is barely out of the cradle. We are still finding our feet, picking up new skills as we go, and pushing every day to do the job a little better than yesterday.",
             "Whether we are getting there is for readers to decide. Going by the letters that keep landing in the readers' editor's mailbox, most of you enjoy what we publish in text, video and audio. A good number want us to raise our game, and a handful are annoyed. For a seven-year-old, that seems like an honest set of marks.",
             "Where readers are less pleased, the grumbles are mostly about the slant of our columns or commentary videos; outright mistakes in fact have been rare. Some letters also point to technical trouble, like a blurry video stream or a payment that would not go through.",
             "One habit that has served The Ledger Post well is that we never rush a story out and hope for the best. Each piece is edited, checked against solid sources, combed for errors of fact, grammar and language, and reviewed for proper credit. Now and then that makes us slower than rivals, but we would rather be late than wrong.",
             "Slants and glitches",
             "Let us turn back to the letters, then, starting with the unhappy ones.",
             "“It is with real unease that I write…” began one reader in Nepal, “about the slanted framing of your headline and report titled Interim cabinet opened the door, Supreme Court set the terms. Hardliners return to ballot race as",
         ], appeals=[_LEDGERPOST_BACK, _LEDGERPOST_FOLLOW]),
    _doc("b126-vadodaradailywire-aidcut-exilenewsroom-top", "appeal", "top",
         "Invented; modelled on Surat Times (opinion piece with repeated headline, doubled chat-community join block with button)", "en", [
             "A stroke of a pen abroad could finish what the generals never managed – muting a stubborn exile newsroom",
             "Kestrel Voice and its reporters kept filing through air raids and death threats. Now a foreign funding freeze signed in Washington may close their doors.",
             "A stroke of a pen abroad could finish what the generals never managed – muting a stubborn exile newsroom",
             _VADODARA_JOIN,
             "Back in school, we were all made to argue whether words could beat weapons. Then, for months, the ruin of an entire coastal city played out on our phones in real time – a catastrophe we watched unfold minute after minute, in pictures nobody could forget.",
             "Then, on a single winter morning, a freshly sworn-in administration in Washington rushed out a stack of orders. With a few strokes, it wiped out the hopes of countless families, cut off the help they lived on and left them to a slow and quiet decline. Nobody will film that part.",
             "Nobody will count the tuberculosis patients who lose their medicine, the displaced families left waiting forever for a new home, or the workers whose jobs simply vanish. The same orders will also reach charities and institutions, and could leave whole populations without any access to reporting that is free of state control.",
             "Consider the country Kestrel Voice reports on, routinely ranked near the bottom of every press freedom table. A monitoring group in Geneva rates it 7 out of 100 on its annual liberty scorecard and files it under “repressed”. Last month, I...",
         ], appeals=[_VADODARA_JOIN]),
    _doc("b126-gistpot-singer-schoolfund-stolen-top", "appeal", "top",
         "Invented; modelled on Tori.ng (celebrity gossip item, two-line daily email alert form at the top)", "en", [
             _GISTPOT_ALERT,
             "'That N180m Will Never Reach the Pupils, Someone Will Pocket It' - Fans Warn, Kelechi Vibes Replies",
             "Shared by Amaka_writes on Thu 9th Mar, 2023 - gistpot.example.com",
             "Kelechi Vibes collected N150M around his album launch after jokingly asking friends and fans to send him N500k apiece.",
             "Kelechi Vibes",
             "Afrobeats star Kelechi Vibes has responded after a wave of online users warned that the N180 million he pledged to rural primary schools will never reach the pupils.",
             "Commenters claimed education officials would divert the cash, so his generosity would end up wasted.",
             "In reply, the star promised he would personally make sure every naira went to books, desks and lunches.",
             "He added that he would track the spending himself so none of the money disappears.",
             "See his post below:",
         ], appeals=[_GISTPOT_ALERT]),
    _doc("b126-tambuli-arts-archive-donate-top", "appeal", "top",
         "Invented; modelled on Bulatlat (arts tag archive of date / title / excerpt entries, one-line donate banner at the top)", "en", [
             _TAMBULI_DONATE,
             "Tuesday, September 9th, 2014",
             "Songs from the terraces: why culture work cannot stay neutral",
             "Up in the rice terraces, Dado Lumawig wrote ballads about harvests, debt and land that farmers learned by heart and sang at every gathering. He carved flutes, drums and small keepsakes that even strangers who never shook his hand now collect and treasure.",
             "Friday, August 22nd, 2014",
             "‘Hanap’: A documentary on a father's long walk toward the truth",
             "How many more fathers must grow old waiting for an answer?",
             "Sunday, June 1st, 2014",
             "A stage play about the grief no parent should carry",
             "\"It follows a father who refuses to stop asking where his daughter went.\"",
             "Monday, May 5th, 2014",
             "Salonga: ‘My pen is my rifle’",
             "By MARICEL T. DUMALAG Tambuli Weekly QUEZON CITY — Twenty months behind bars have worn him down, yet songwriter-organizer Renato Salonga still holds fast to his beliefs. Only days after the fabricated case...",
             "Monday, May 5th, 2014",
             "Kalibo street festival dazzles again",
             "Kalibo street festival dazzles again (Words and Pictures by Joel Magbanua / Tambuli Weekly)",
             "Thursday, April 3rd, 2014",
             "‘The Ghost Sisters of Tacloban’ and our local screen",
             "By ROWENA P. BAGUIO Tambuli Weekly ILOILO – Some stories get told again and again – new towns, new heroes, new twists – and yet they keep the same spell over the audience. The...",
             "Wednesday, March 19th, 2014",
             "Happy accidents and the murals of the Ilocos uprising",
             "By DANTE M. ESGUERRA Tambuli Weekly Can a mural say what a photograph never will? Sometimes, yes. Across the centuries, certain murals have fired the minds of whole towns and stirred up feelings...",
         ], appeals=[_TAMBULI_DONATE]),
    _doc("b126-antilleswire-commentary-index-email-top", "appeal", "top",
         "Invented; modelled on Caribbean News Now! (commentary section index, email-headlines and follow/connect lines at the top, cut mid-word)", "en", [
             _ANTILLES_TOP,
             "Write to us with your views and arguments on matters that touch the region.",
             "Kindly add your full name, your town and the country you live in.",
             "Please note: Opinions in letters and commentaries are the writers' own and are not necessarily shared by Antilles Wire Daily or the company that owns it.",
             "Antilles Wire Daily also keeps the right to trim letters for length and style.",
             "Commentary: The St Verene uprising forgot the fishermen who started it",
             "March 11, 2016",
             "Commentary: The St Verene uprising forgot the fishermen who started it I have followed Delia Fontaine's columns praising Hector Rayne as a flawless hero, and I cannot share her view of the late island leader. It seems Ms Fontaine has never heard how the uprising actually began in the fishing villages, or the tricks Hector Rayne...",
             "Commentary: Seized plots and stolen titles in Port Lucan",
             "March 11, 2016",
             "Commentary: Seized plots and stolen titles in Port Lucan Lawmakers have just passed a landmark resolution asking the governor to open a public inquiry into decades of land grabs that stripped poor families of their plots throu",
         ], appeals=[_ANTILLES_TOP]),
    _doc("b126-habarihub-floodfund-audit-channel-middle", "appeal", "middle",
         "Invented; modelled on TUKO.co.ke (news story with repeated headline and bullet summary, follow-our-channel line after the bullets)", "en", [
             "Wanjiru Publishes Audited Report on KSh 18m Raised for Kisumu Flood Victims",
             "Wanjiru Publishes Audited Report on KSh 18m Raised for Kisumu Flood Victims",
             "• Community organiser Wanjiru shared an audited statement for the KSh 18 million collected online to help households hit by the Kisumu floods",
             "• Donors from every county chipped in, and the money paid for shelter, food and clinic fees for 341 families, among them 19 bereaved households",
             "• The crowdfunding app PesaPamoja handled the contributions while roads and bridges were still under water",
             _HABARI_CHANNEL,
             "Brian Otieno, a reporter at HabariHub.example.com, has covered money, markets and mobile technology for over four years, explaining local and world trends to readers.",
             "Wanjiru, a community organiser from Kisumu, has finally published the audited statement of the donations Kenyans sent to families displaced by this year's floods.",
             "Wanjiru's statement on the flood relief money.",
             "Wanjiru (l), a community organiser, and volunteers (r) loading relief supplies in Kisumu. Wanjiru has shared an audit of the money Kenyans gave during the floods. Photo: HabariHub/@WanjiruCares.",
             "Source: Original",
             "According to the statement, well-wishers from across the country sent in KSh 18 million.",
             "The floods, worsened by blocked drains and poor planning, drew a huge response from young Kenyans, much of it organised on social media.",
             "How the money came in",
             "PesaPamoja, a phone-based giving app, let people send small amounts quickly from anywhere, even as rescue teams struggled to reach villages cut off by the rising water.",
         ], appeals=[_HABARI_CHANNEL]),
    _doc("b126-shannonsidenews-first-birthday-donate-middle", "appeal", "middle",
         "Invented; modelled on Ireland Today News (birthday note introducing writers, a whole donate-button paragraph in the middle, cut mid-sentence)", "en", [
             "Happy birthday to us! Shannonside News turns one",
             "Shannonside News is one year old today and we want to say a huge thank you to everyone who has kept reading!",
             "Over the last twelve months our contributors have brought you exclusive stories and sharp opinion on the housing crisis, rural broadband, climate protests and even bullying in sport.",
             "We have covered carers, migration, body image, addiction and faith, and given our time to the local stories that count – and some of your favourite pieces have been first-person accounts of a young man leaving home for an apprenticeship or shy teenagers finding their voice in a drama club.",
             "On top of that we have brilliant columnists giving readers wellbeing tips and opinion, plus the freshest style advice served with a wink.  And if you want to know what is worth seeing in Limerick city, our reviewers have it covered.",
             "Below, a few of our contributors explain what draws them to writing for you and what the work gives back.",
             _SHANNONSIDE_ASK,
             "Orla Brennan food and family writer",
             "Orla Brennan bringing the flavour to Shannonside News.",
             "Our longest-serving contributor, Orla Brennan, from Kilrush, Co Clare, explains what keeps her coming back to the keyboard.",
             "“I am thrilled to belong to the Shannonside crew, lucky to work alongside such an inventive and gifted bunch of people from every corner of the country. Roll on the next ten years with this gang.”",
             "Orla has filed wonderful local pieces from west Clare and really captures the spirit of her community with warm stories that brighten the whole region.",
             "Siobhan Kearney, from Ennis, has quickly become a key part of the team in the last few months, writing frank and useful pieces on anxiety and wellbeing, and she has also offered support to readers who are facing",
         ], appeals=[_SHANNONSIDE_ASK]),
    _doc("b126-salweenreview-interviews-member-middle", "appeal", "middle",
         "Invented; modelled on Frontier Myanmar (interview section index, two-line membership box after the first standfirst)", "en", [
             "Q&A",
             "Plenty of people recruited to fraud compounds along the border have no clue what awaits them, yet others go knowingly, chasing the wages despite the danger. Salween Review talked to two employees – one in an illegal casino, the other in a romance scam operation – about their routines, their bosses and why they ended up in Myawaddy.",
             _SALWEEN_MEMBER,
             "A retired brigadier and former deputy minister of Border Affairs, U Kyaw Min Naing, became Chief Minister of Tanintharyi Region in 2013, taking over from U Soe Lwin. Although a regional party took most seats in the local assembly at the last vote, the winning national party instead chose its own regional chair, U Aung Htet, a native of Dawei, for the top post.",
             "Karen women's rights campaigner Naw Htoo Paw, 38, was born in Bago Region but grew up mostly in Hpa-an near the Thai frontier. In 2002 she crossed into Thailand and stayed in Mae Sot until 2011, when she moved to Bangkok. She came home in 2013 and last year stood for the regional assembly for a small Karen party, finishing behind the ruling party's candidate. Naw Htoo Paw told Salween Review about Karen hopes under the new government and what the campaign taught her.",
             "Her Excellency Ms Ingrid Holm, Ambassador of Norway to Myanmar, handed her letters of credence to the President on October 14, 2016. Before this posting, Ambassador Holm led the Asia desk at the Norwegian Ministry of Foreign Affairs. She has also worked in Vietnam and Indonesia. Last Tuesday, she held an open question session for students at the embassy in Yangon.",
         ], appeals=[_SALWEEN_MEMBER]),
    _doc("b126-northstardispatch-weekly-show-donate-end", "appeal", "end",
         "Invented; modelled on True North (show teaser, four-paragraph tax-deductible donation plea at the end)", "en", [
             "Apparently everything in this country is broken and if you dare to question it, you're the problem! …Or so the pundits and the parliamentarians keep insisting.",
             "Rather than ask about the cost of groceries or rent, the legacy press turned the provincial leaders' debate into a stage for its own favourite talking points.",
             "On top of that, we learn yet again that the federal cabinet's promises on ethics mean very little.",
             "And the Prime Minister stumbles through another summit abroad while his admirers in the press gallery look the other way.",
             "Catch the Northstar Weekly with Paige Dunmore and Colin Ferris!",
             _NORTHSTAR_PLEA,
         ], appeals=[_NORTHSTAR_PLEA]),
    _doc("b126-loughviews-stadium-caller-tweet-end", "appeal", "end",
         "Invented; modelled on Slugger O'Toole (blog post around an embedded tweet, author bio, get-posts-by-email footer)", "en", [
             "Caller on the morning phone-in today. Brace yourself… “Don't be fooled, the minute that new stadium opens they'll rename it after one of their heroes\" pic.twitter.example.com/Qx7Lm2RtVb",
             "— Declan Furey (@DecFurey_Sport) August 3, 2023",
             "Honestly, you could not make this stuff up…",
             "I look after Lough Views behind the scenes, keeping the website running and organising our public debates. I come from a background in retail, design and software. Politically I sit somewhere in the sensible centre and I have never joined a party. Strangely for someone on this blog, day-to-day politics bores me; I would rather write about how society changes over time. When I manage to leave the laptop, I volunteer as a marshal at my local 5k.",
             _LOUGHVIEWS_FOOTER,
         ], appeals=[_LOUGHVIEWS_FOOTER]),
    _doc("b126-mainlanddigestwatch-yearend-digest-welcome-end", "appeal", "end",
         "Invented; modelled on China Digital Times (translation digest with cut excerpts, welcome-back contribution box at the end)", "en", [
             "Translated",
             "From Our Chinese Site: Ten Catchphrases That Ruled 2022",
             "Editors' Note: With 2023 getting under way, Mainland Digest Watch has put together a set of year-end pieces for readers, revisiting the faces, stories, rows, jokes and banned words that shaped the last twelve months. Part of this...",
             "Mainland Digest Watch Staff Favourites: 2022 in Review",
             "Our editors have picked their best-loved pieces of the year, both from our own pages and from around the web. Lydia Marsh, Outreach and Partnerships Lead Q&A: Tomas Eriksen On A \"Lopsided Friendship\" Between Two...",
             "Translated: Blogger Jailed for Eight Months Over Shanghai Lockdown Video",
             "Last May, a microblogger posting as “Little Teapot” (@小茶壶) shared a much-forwarded clip of empty streets during the Shanghai lockdown. Friends say the blogger was “invited for a chat” by police days later and then went silent. Now the...",
             "Online Chatter: #Describe Your Censorship Job In Five Words#",
             "What can be said online in China is shaped by a steady stream of orders from central propaganda offices, and the country's armies of content moderators carry the heavy burden of making sure those orders are...",
             _MAINLAND_WELCOME,
         ], appeals=[_MAINLAND_WELCOME]),
    _doc("b126-meridianweekly-pagerack-exile-editor-end", "appeal", "end",
         "Invented; modelled on Outlook via Magzter (magazine interview on a kiosk site, trial box once in full and again cut after two words)", "en", [
             "In 2009—while a caretaker cabinet backed by the generals held power—reporter Farhan Siddiqi had stepped over an invisible line. Writing for The Morning Herald, he had filed a string of stories exposing abuses by the army and the border police, a subject most of his colleagues avoided.",
             "On August 3, 2009, men came to his flat, covered his eyes and allegedly drove him to a barracks, where he was beaten for days. Soon after, Siddiqi escaped the country and was granted asylum in Norway. In the years that followed, the country slid steadily down the global press freedom rankings. A Cyber Safety Law passed in 2017—a tougher rewrite of an older telecoms statute—turned into the harshest tool yet for gagging reporters. Journalists who criticised the governing party found themselves charged under it. Research by the Institute for Media Accountability counted 311 reporters accused under the law, 97 of them jailed, between March 2017 and May 2021. It was in that climate that Siddiqi, still living abroad, founded Lantern Desk, a small investigative newsroom run out of Oslo. Its reporting on graft at the top of government and on abuses by intelligence units is a rare achievement.",
             "Meridian Weekly's Associate Editor Kavita Rao talked to Siddiqi about running a newsroom from Norway and following unrest and street protests back home.",
             "How did Lantern Desk begin?",
             "When I first reached Norway, journalism was not part of my life. I did research for policy institutes on civil liberties and went back to university. Then in 2016, I watched clips of teenagers marching in the capital to demand safer buses.",
             _MERIDIAN_KIOSK,
         ], appeals=[_MERIDIAN_KIOSK]),
]


# --- Probe 106: negatives -----------------------------------------------------------------------

PROBE106_NEGATIVES = [
    _neg("b126-southernpacificherald-giving-safely-advice-neg",
         "Invented; modelled on Indian Newslink (official advice on donating safely after a tragedy, cut mid-sentence)", "en", [
             "Dunedin, October 7, 2020",
             "People across the country are famously open-handed and hand over huge sums to good causes every year.",
             "At the moment, many groups are collecting money after the Kaiwhara landslide, and plenty of people have already given or are thinking about giving to these appeals.",
             "The Office of Charity Oversight has shared these tips so that the money collected reaches the right people and actually helps those affected:",
             "If you are giving yourself",
             "Check who is asking: Many of the groups collecting are long-established charities. Registered charities must file public accounts, so anyone can see how much comes in and where it goes. You can also read about what each charity does, what it is for, and who runs it. The public list can be searched at https://charities-register.example.org/search.",
             "Plenty of groups doing valuable work in local communities are not on the register at all. Most of them still run a website or a social media page where you can learn more about what they do.",
             "If a collector knocks on your door or stops you in town, you are entitled to ask for their ID or to have them explain what the charity does and how the money you give will be spent.",
             "It is also fair to ask what share of your gift will reach the cause. For instance, every cent given to the Kaiwhara Families Relief Fund administered by Community Aid Trust will go to the families affected.",
             "Watch out for fraud",
             "Unfortunately, moments like this tend to bring out a few crooks who try to exploit people's kindness. That can mean someone pretending to collect for a cause face to face or over the internet.",
             "Trust your gut – if something seems off, wait before giving until you can find out more.",
             "If an email arrives asking you to give and it seems dodgy, or it wants private information such as your",
         ]),
    _neg("b126-glacierviewcurrent-holiday-hampers-neg",
         "Invented; modelled on Revelstoke Current (local food bank's holiday hamper drive, ends in a please-give line)", "en", [
             "The holidays are meant to be a cheerful season for families, yet some parents simply cannot afford the extras that light up a child's morning. You can change that by supporting this year's Holiday Hamper Drive.",
             "The Glacier View Community Pantry has started collecting groceries, soap, toys, warm clothing and more for this year's important drive, and there are plenty of ways to pitch in.",
             "You can leave a non-perishable item in the bins at Hendry's Market or Valley Foods, pick up a $3 voucher at either store, grab a ready-made grocery bag at Hendry's, sponsor a household or send a cash gift. Keen organisers can also run their own drive at a school, workplace or congregation, or take a tag from the giving tree at the credit union and buy a present for a child.",
             "The pantry has posted its most-wanted list: canned fish, chicken, beans and other proteins, rice, noodles and jarred sauce, hearty soups, oatmeal and cereal, juice boxes, tinned vegetables and fruit, powdered milk, peanut butter and honey, infant formula and baby food, shampoo, dish soap and dog or cat food. Other hamper ideas: brand-new toys, puzzles and books, boxes of chocolates, hot cocoa or treats, wall calendars, colouring books, pencils, candles, tea towels, mittens, toques, socks, fleece throws, lunch bags, cinema passes and store gift cards.",
             "The hamper depot is in the lower hall of the Elks Lodge, at the corner of Spruce Avenue and Third Street East.",
             "A little goes a long way toward a child's happy holiday. Drop something off this week.",
         ]),
    _neg("b126-fenlandgazette-deck-fire-crowdfund-neg",
         "Invented; modelled on Cambs Times (house-fire crowdfund report with a photo caption repeated three times)", "en", [
             "Over £6,000 collected for family whose uninsured house burned down",
             "Over £6,000 has been collected for a Whittlesey family left with nothing after their uninsured house was destroyed by fire in June. Picture: Fenland Gazette/File",
             "An online fundraiser for a Whittlesey family whose uninsured home was wrecked by an accidental fire has passed £6,000.",
             "Over £6,000 has been collected for a Whittlesey family left with nothing after their uninsured house was destroyed by fire in June. Picture: Fenland Gazette/File",
             "Started by a close friend, the JustGiving page has now reached £6,240 for homeowners Declan and Hayley after the blaze in Poplar Way on June 14.",
             "A magnifying mirror left near a window is among the suspected causes of the fire, which started on the decking and quickly reached the house.",
             "Over 25 firefighters, with crews from Whittlesey, Thorney and Ramsey, found the two-storey house well alight, with flames breaking through the roof.",
             "One resident went to hospital by ambulance with smoke inhalation as crews in breathing gear put out the flames with hoses and jets.",
             "Over £6,000 has been collected for a Whittlesey family left with nothing after their uninsured house was destroyed by fire in June. Picture: Fenland Gazette/File",
             "The fire has left the couple and their four children with nowhere to live.",
             "Close friend Abby Morton set up the page hoping to reach £2,500, but within three days it was close to £6,000 from 240 donors.",
             "She said “every single thing they owned is gone; anyone kind enough to help them start getting a little joy back would mean the world”.",
         ]),
    _neg("b126-wolds-courier-hedge-fire-fundraiser-neg",
         "Invented; modelled on The Lincolnite (fundraiser for fire victims with target and amount so far)", "en", [
             "Appeal launched for Louth neighbours after blaze guts home",
             "£140 raised so far towards a £1,500 goal",
             "A Louth resident has started a JustGiving page to collect money for the tenant and neighbours of a home that was gutted when a garden fire got out of hand.",
             "Dana Whitlock has collected £140 of a £1,500 goal for those caught up in the fire on Ramsgate Lane in Louth.",
             "Dana says neighbours “lost pretty much everything, and a few more homes were left in a real state” and wants to help them get through the coming weeks.",
             "Humberside Fire said no one was hurt and the cause is still being looked into.",
             "Tenant Gareth Pym, who was asleep upstairs when the blaze began, told local radio he thinks a fence caught light first and carried the fire to the houses next door.",
             "Investigators, though, believe something like packing foam was burning in a garden fire close to his house, which crackled and threw sparks up, and the breeze carried them straight into the fence.",
             "From the moment the fence caught, the fire could not be stopped. Inquiries are ongoing.",
         ]),
    _neg("b126-capewireafrica-crowdfund-refund-neg",
         "Invented; modelled on iafrica.com (single-paragraph report on a refunded crowdfund after fraud claims, source line)", "en", [
             "A phone-based crowdfunding service has started handing back money given to a scheme meant to help young single fathers, after claims it was a scam. A thread on X by Tendai Moyo had described last week how he and several other struggling young dads with “no partners around and no family help” had formed a support circle. The post spread quickly across Zimbabwe and beyond. People then began sending money to the DADS TOGETHER project, which collected more than $5,400. Within days, though, doubts emerged when a user shared a screenshot of a group chat in which a man appeared to boast to friends that he had launched the appeal to pay for a motorbike. The service, PamojaPay, now says the project failed its “verification checks” and is refunding every cent. Donors say they have begun getting texts telling them their refunds are on the way. Several said by Thursday afternoon that they had been paid back in full, while Mr Moyo insists the project was real.",
             "SOURCE: Wire services",
         ]),
    _neg("b126-nairobiledger-floodfund-audit-fees-neg",
         "Invented; modelled on The Kenya Times (audited crowdfund report with donor counts and platform fees)", "en", [
             "Community organiser Wanjiru Achieng, widely known online as Wanjiru Cares, has published an audited statement of the PesaPamoja donations for families hit by the Kisumu floods in April and May.",
             "Wanjiru, working with other young volunteers, has been raising money through the mobile giving service known as PesaPamoja,",
             "In a statement on July 18, Wanjiru said Ksh18.42 million was sent to a PesaPamoja account she had opened under the name “Dry Homes Kisumu”.",
             "The money was meant to help displaced families pay for shelter, food and clinic bills.",
             "“Ten weeks ago, Kenyans and friends of Kenya gave a total of Ksh18,421,960 to the ‘Dry Homes Kisumu’ account I opened. I was hoping for 5 million, and I was overwhelmed by how generous and caring people were,” Wanjiru said.",
             "She explained that after the appeal closed, PesaPamoja Limited asked for an independent audit on June 3, to make sure the handling of the money was open and accountable.",
             "The audit found that Ksh18,421,960 came in from 21,907 separate donors.",
             "PesaPamoja Audit Statement",
             "Of that, Ksh17,630,115 went to 341 households affected by the floods. The money was shared out carefully according to what was available and the families' expected needs, the organiser said.",
             "The running costs of the appeal were also set out in the audit. PesaPamoja Limited took its usual service charge of 3.9% of the total collected, which came to Ksh 718,456.",
             "On top of that, card payments carried a 2.2% charge, adding up to Ksh14,870.",
         ]),
    _neg("b126-demeraramirror-letter-cover-price-neg",
         "Invented; modelled on Stabroek News (reader's letter about the paper's cover price rise)", "en", [
             "Dear Editor,",
             "I was sorry to learn that the Demerara Mirror has had to push the cover price of its daily edition up from $90 to $120 because of the unjustified campaign against the paper by the ruling coalition's Government Information Agency.",
             "It seems to me they want to starve the paper into submission, as is their habit.",
             "Whenever that party cannot have things its own way it reaches for intimidation. We all remember the years in opposition when it staged a “protest” against every single thing.",
             "Let us hope the coming election will open a fresh chapter for the country, one that includes respect for a free press.",
             "Sincerely",
             "Marcus Daly",
         ]),
    _neg("b126-islandsdailyreport-paper-closes-unpaid-ads-neg",
         "Invented; modelled on Caribbean Times (wire report on a newspaper closing over unpaid state advertising)", "en", [
             "KINGSTOWN, St Verene, CNS – The Evening Clarion, one of St Verene's oldest dailies, founded in the 1970s, said on Tuesday it had reached the “deeply painful and very hard” decision to close down.",
             "The Evening Clarion is the second news outlet in the region to shut its doors in a matter of weeks, after the Harbour Herald in Port Lucan.",
             "In a long statement, Miriam and Anton Delacroix, who own most of The Evening Clarion, said that over the last year the state-owned Government Information Agency had run up a bill with the paper of more than SV$65,000,000 (One SV dollar=US$0.37) in advertising it never paid for.",
             "“The money is still owed after many private and public appeals for it to be settled. One could just as easily read this as a deliberate effort to choke off our working capital.”",
             "They added that “running a newspaper here has always been a fragile business, given how small the reading public is and the other limits of our market. Nobody buys a printing press here to get wealthy.",
             "“Profit has never been our motive, but the paper still has to pay its way like any business. Every business has to branch out, keep changing, and look for new streams of revenue. Our path has been blocked at every turn.",
             "“Our requests for a broadcast licence were turned down again and again. We ran a small cable channel for some years, but our bigger rivals were given advantages we never had. The contest was never fair. Growing from a print title into a broadcaster was simply never allowed,” the owners said in the statement.",
         ]),
    _neg("b126-steppequarterly-exile-outlets-donate-links-neg",
         "Invented; modelled on Russian Life (list of exile news sites with 'where to donate' links, cut mid-entry)", "en", [
             "Reading Past the State Line",
             "Reading Past the State Line",
             "Ever since the government launched its crackdown, it has also been fighting at home, against the handful of independent newsrooms still publishing. A new statute lets prosecutors charge anyone who describes the conflict honestly, and most sites offering uncensored reporting were blocked within weeks.",
             "Below are five outlets that keep reporting on the country without bowing to official messaging, against enormous pressure. Each of them relies on reader donations and can take payments made with cards issued abroad.",
             "Who are they?  Polar Star started in 2015 in Vilnius, Lithuania, set up by reporters and editors who had left Northwire, a respected news portal bought by government-friendly investors who quickly sacked its editor. Polar Star also publishes in English and runs a weekly podcast called The Long Winter.",
             "Why do they need help? Polar Star was branded an \"undesirable organisation\" in 2020. As a result, anyone who advertises with it risks prosecution, so it turned to reader funding to survive. It recently said it can no longer take payments from inside the country and now depends on readers living abroad. Its website was blocked at home in April 2021.",
             "What makes Polar Star's reporting different? Recent pieces include dispatches from towns near the front, a conversation with a former state bank manager who left to volunteer as a medic, and an investigation in Sosnovka, a village where retreating soldiers looted homes and abused residents.",
             "Where to donate: https://give.polarstar.example.org/en",
             "Who? Open Cell was started in 2016 by former political prisoners Irina Volkova and Daria Sedova. At first it covered mainly the country's police, courts and prison camps.",
         ]),
    _neg("b126-indusreview-independent-site-founder-interview-neg",
         "Invented; modelled on Dawn (interview with the founder of an independent news site, speaker-label lines)", "en", [
             "How Sada al-Balad keeps publishing under an iron fist",
             "Amid a grim record on civil liberties, the small independent news site stands out as a rare source of hope.",
             "Published March 4, 2020",
             "\"Our job is to stand with the powerless and hold the powerful to account, and to let those nobody listens to speak, and that shapes which stories we choose, how we tell them and whose voices we seek out,\" reads the founding statement of Sada al-Balad, a respected Arabic and English news website from Jordan.",
             "In a bleak climate for rights at home and across the wider region, Sada al-Balad stands out as one of very few hopeful signs.",
             "The site was set up in Amman by a handful of young reporters eight years ago. I sat down with Sada al-Balad's co-founder and editor Rana Haddad in Vienna at the Media Futures Forum in February.",
             "We talked about how the site came to be, the pressure it is under from the authorities, and how Rana keeps the newsroom going in such difficult conditions; conditions that reporters in our own country may recognise.",
             "The conversation has been lightly edited for length.",
             "QUESTION",
             "Rana, how did the site come about, and what was the thinking behind it?",
             "RANA",
             "In 2012, some colleagues and I were on staff at a large media group, and then one day the management decided they no longer wanted us around.",
             "That was also a year of huge street demonstrations and a political crisis that ended with emergency rule, which in many ways still shapes the country today.",
             "So once the media group let us go, the only way we could keep doing our work was to build a newsroom of our own. We also felt it was urgent, because the country was changing in deep ways and nobody was going to keep a fair and truthful record of it. That is really how we began.",
         ]),
    _neg("b126-midcoastmail-community-gala-exile-newsroom-neg",
         "Invented; modelled on News Of The Area (community fundraiser report, support group for an exiled newsroom, byline at the end)", "en", [
             "THE local Karenni community and their friends have been busy with a fundraising day and a new support network to keep attention on their relatives back home living under military rule.",
             "Earlier this month they ran a community fun day with food stalls and friendly matches of futsal and netball.",
             "Around three hundred and fifty people came along to the day at Bellbird Park in Port Macquarie.",
             "Teams mixed adults, teenagers and younger children all playing side by side for the whole afternoon.",
             "Over twelve thousand dollars was collected on the day and has been passed to a network of village clinics to spend on medicine, food, blankets or whatever else is needed most.",
             "Following the fun day, a second group met to show solidarity with the Kantarawaddy Times newsroom, which keeps publishing from hiding and from across the border.",
             "Former Kantarawaddy Times reporter and Port Macquarie local Ms Mu Paw Htoo sat down with the Midcoast Mail.",
             "“We have formed a network, Friends of Kantarawaddy Media Australia, and marked the 19th anniversary since the newsroom was founded.",
             "“On the same day we also demanded freedom for Khu Reh Meh.",
             "“She helped found the Kantarawaddy Times and she taught me everything,” said Ms Mu Paw Htoo.",
             "“She has been behind bars since she was detained in late March.”",
             "Khu Reh Meh was detained along with several colleagues and is held in a crowded jail in Loikaw where dengue fever has been spreading.",
             "“We have no idea what is going on inside because no doctors are allowed in and the inmates get no care.",
             "“Even on the outside there are not enough staff or supplies to cope with the outbreak.”",
             "A second founder of the Kantarawaddy Times got away and is hiding inside the country, and with the rest of the team still manages to put the paper out.",
             "By Hamish TULLY",
         ]),
    _neg("b126-globalpulsenews-exile-radio-cuts-show-neg",
         "Invented; modelled on BreakingOn (rewritten feature on an exile radio station cutting a programme after an aid cut)", "en", [
             "Early last year, Radio Nile Horizon suddenly dropped its evening programme because of a serious funding gap. The move was more than an operational headache; it hit hard among listeners across the region who rely on the station for vital news during a brutal war. Station director Amira Osman understood at once how much the cut would matter, as worried messages poured in from listeners spread across camps and towns.",
             "Listeners wrote in with their fears, asking after relatives and begging for news. A woman in a displacement camp near the border pleaded, \"We have no other way to know if our people are alive, and Nile Horizon is what we listen for every night.\" A listener in the north said much the same, praying the evening show would soon return and stressing how much it meant to people living through the fighting.",
             "Founded in 2010, Radio Nile Horizon calls itself the last independent station serving the country, broadcasting from exile some 2,500 miles away in Nairobi. For huge numbers of people caught up in the war, it is among the very few trusted sources of checked information. Yet its survival is now uncertain. After sweeping cuts to foreign aid budgets in several donor countries—money that once covered almost 60 percent of the station's roughly $2.4 million budget—Radio Nile Horizon had to let staff go and pause its evening news for now.",
             "Osman remembers how listeners got in touch, alarmed by the sudden quiet: \"Where are you? We waited for Nile Horizon tonight. Has something gone wrong?\" That dependence on the station shows just how badly communication has broken down in the country, where reliable information is harder and harder to come by.",
         ]),
]


BATCH126_DOCUMENTS = PROBE106_APPEALS + PROBE106_NEGATIVES
