"""Batch 90: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 70 (24 documents). Each keeps the real page's structure line for line (no blank
lines, as in the real pages): a quality daily's stacked subscription-billing notices with a glued
"Sign inJoin" button line and trial buttons above a column (caps byline, masthead line, headline,
byline, standfirst) and a second trial/app block after a paragraph cut with "…", ending on a word cut
mid-way; an e-paper app banner (star rating, download line) and a premium paywall with a price per
week, a "Keep Reading  →" button, a bulleted benefits list, payment-method lines and a trust line; a
renewal greeting block above a letters column with "***" separators and "[email protected]" contact
lines; a newsletter line on top of a headline list (some headlines with a standfirst, some without);
a "HEADS UP" follow-us line under dash-bullet summary points; a weekly newsletter's numbered rundown
followed by "•" bullets for subscribing and a WhatsApp channel (the third bullet, a delivery notice,
stays text); a crowdfunding wrap-up whose single "still open for contributions" line is the appeal
while the report on the drive's totals and the thank-you stay text; an editor's letter whose headline
and whole body are the appeal (the photo-caption line between them is not); a blog rant with a
duplicated title line ending in a donate line and a share line; a column ending in a join-our-WhatsApp
line; an emoji-studded post with a "|   ... News" category line and a closing WhatsApp channel line;
a newsletter issue ending in a mailing-list and donation block. What the gold marks is exactly the
same lines / sentence parts as in the real pages.

Negatives keep what makes the real ones hard: a TV chief's and an anchor's pledges at a politician's
telethon (with a line broken mid-sentence), a diaspora crowdfunding total with a quoted and an
embedded post, regional grants to hyperlocal sites, a health agency's WhatsApp helpline, a blogger
mocking a daily's new paywall price, politicians joining WhatsApp Channels (twice), a blog's legal-fund
surplus given to a soup run (ending in a story-tips request), a club community's fundraiser for a
bereaved family, weekly party-donation returns with a bulleted list and a URL, an emigrant's disaster
appeal, and a paper's history under an advertising ban mentioning donors.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
/work/s21/check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier
batches, the builder takes each text as it stands and locates every gold appeal substring in it
(asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 70: appeal documents -----------------------------------------------------------------

_MERIDIAN_TOP = "\n".join([
    "Subscription Alert",
    "We've spotted a problem with the card we hold for your plan. Kindly refresh your payment information here",
    "Kindly refresh your payment information",
    "The payment information tied to this account is out of date. Kindly refresh your card details here so your plan keeps running.",
    "Your access is about to lapse",
    "Kindly refresh your card details here to keep reading the sharpest, most trusted reporting in Britain.",
    "Sign inJoin",
    "Read the whole piece",
    "Free for 4 weeks",
    "Begin your free trial",
])

_MERIDIAN_END = "\n".join([
    "Fancy reading on?",
    "Join today for unlimited digital reading on our website and our phone and tablet apps, with the first month on us.",
    "Begin your free trial",
    "You are not signed in",
    "Enjoy a month of unlimited access, free",
    "Get trusted reporting on the subjects you care about most.",
    "Begin your trial",
    "Stay informed with our apps for iPhone, iPad and Android phones and tabl",
])

_COURIER_BANNER = "\n".join([
    "The Courier e-Paper",
    "Home Of Fearless Opinion",
    "★★★★★ - on App Store",
    "Get the App",
])

_COURIER_WALL = "\n".join([
    "Premium Story",
    "Unlock Everything for Sh249/Week.",
    "Fearless Journalism Needs Time, Nerve and Money. Back Us.",
    "Keep Reading  →",
    "Your plan includes",
    "• Every premium story, unlimited",
    "• No adverts at all",
    "• Built for phones",
    "• Weekly email briefings & roundups",
    "Pay with",
    "T - KASH",
    "MASTERCARD",
    "Zuri Money",
    "Safe Checkout The region's most relied-on newsroom since 1911",
])

_HORIZON_RENEW = "\n".join([
    "Hi there",
    "Your plan is nearly over. Keep enjoying the best reporting on Horizon.Daily",
    "Want to keep your reading streak going?",
    "Hi there",
    "Your premium pass has run out, but Horizon.Daily's finest journalism is only a click away. Renew today for exclusive reports and long reads.",
    "Get your full access back. Tap below to renew.",
])

_HARBOURPOST_NEWSLETTER = (
    "This is the Daybreak Digest newsletter. Receive the stories that set you up for the day, sent "
    "straight to your inbox. Sign up for our newsletter."
)

_SNAPLINE_FOLLOW = (
    "HEADS UP: Tap “Favourites” in the “Following” menu so Snapline.example.com News shows up first "
    "in your feed!"
)

_RICOCHET_BULLETS = "\n".join([
    "• Become one of our 9,500+ subscribers and get the week's biggest stories rounded up for you by signing up here",
    "• We now have a WhatsApp channel. Tap here to follow us today!",
])

_MOANA_STILL_OPEN = (
    "Naturally, our KohaKit page stays open if you'd like to chip in. But we'll stop nagging for a "
    "while. (Donation-drive exhaustion is real.)"
)

_LAMBFIELD_HEADLINE = "Editor's note: We've stood beside you for generations... now we ask you to back our reporting"

_LAMBFIELD_LETTER = "\n".join([
    "Since 1871, the Lambfield Herald has been at your side.",
    "Today more of you read us, on paper and on screen, than at any point in our history.",
    "Yet our mission to keep you informed and entertained has never been more at risk - and we need you to help secure this paper's future.",
    "Down the decades we've given you reasons to think, to laugh, to get cross and to feel proud of where you live.",
    "The Herald's Slumlord Streets series, which won the Regional Press Award for investigation, exposed landlords cramming tenants into unsafe flats, and we have covered the town hall expenses row at length.",
    "We also led reporting on market stallholders' fight to keep their pitches at rents they can afford.",
    "In the past few weeks and days our reporters have covered the crisis around us - care workers risking their own health to protect others. And shop staff and delivery drivers on the front line too, some of whom have tragically died.",
    "Local news was struggling already, and the pandemic is squeezing our budgets further. Since the internet arrived, thousands of readers have been used to reading news online without paying",
    "We are asking readers of our website to back our work with money. Give whatever you can, once or every month. To help, just press the yellow banner at the foot of this page.",
    "I am convinced that trustworthy, practical, truthful local reporting matters for what lies ahead and I think you agree.",
    "So I hope you will stand with us. Each contribution, however small, keeps us campaigning for you and for our community.",
])

_SOAPBOX_DONATE = "\n".join([
    "With the corporate press mostly parroting each other, independent commentary matters more every year, so if you think an independent voice is worth keeping – please give here.",
    "If you can't give but still want to help, do share our posts on your social feeds whenever you like",
])

_LENSAKINI_CHANNEL = "Follow Lensakini on its WhatsApp Channel for breaking news and commentary that counts."

_KILELE_CHANNEL = "📲 Follow our Tech & Gadgets channel on WhatsApp 💬"

_DOWNS_SIGNUP = "\n".join([
    "Like North Downs Dispatch?",
    "Sign up to our mailing list!",
    "Receive regular updates and newsletters featuring our newest and most-read articles, sent straight to your inbox.",
    "Back North Downs Dispatch with a monthly or one-off donation",
])


PROBE70_APPEALS = [
    _doc("b90-meridian-kestovia-column-top+end", "appeal", "top+end",
         "Invented; modelled on The Times (London) (billing-notice stack and trial buttons above a column, trial and app block after a cut)", "en", [
             _MERIDIAN_TOP,
             "MARGOT ELLERBY",
             "The Meridian",
             "Kestovia's spring is smothered by the Old Bear",
             "Margot Ellerby",
             "London's eagerness to bless yet another strongman in place of the last has abandoned a people already on their knees",
             "A colleague of mine popped into the grocer's round the corner from her flat in Dravny on Saturday and came out with four loaves, a tray of eggs and a sack of scraps for her chickens. Then she steeled herself for a five-hour wait at the filling station and topped up the family's battered estate car. When she finally got back, that humble errand had swallowed roughly what a junior schoolteacher in Kestovia earns in a month. “And the worst part,” she told me, “is that I feel ashamed, because I know the girls on the tills could never buy what they sell.”",
             "Yet again, this lovely but luckless country is on its knees. A surgeon told me her ward had run out of anaesthetic. Most districts have had no power since…",
             _MERIDIAN_END,
         ], appeals=[_MERIDIAN_TOP, _MERIDIAN_END]),
    _doc("b90-courier-twonations-column-top+end", "appeal", "top+end",
         "Invented; modelled on The Standard (Kenya) (e-paper app banner on top, premium paywall with price, benefits and payment lines at the end)", "en", [
             _COURIER_BANNER,
             "Two nations in one: thugs rule the streets while the comfortable jet off",
             "Traffic marshals on duty. [File, Courier]",
             "Call it a season of endless appetites, and it has little to do with the ruling coalition's promise of cheap maize meal. Or maybe it does, since the date for delivering the discounted meal has now slipped to twelve months away, from the 60 days we were promised on the campaign trail. So hungry citizens are being asked to put their stomachs on hold until then.",
             "Yet there is another part of the nation that has never known an empty plate, and I do not mean the growers up in the Kirima highlands, where tomatoes are fed to goats or left to spoil in the fields, because the lorries cannot reach market over washed-out roads and a maze of county levies.",
             _COURIER_WALL,
         ], appeals=[_COURIER_BANNER, _COURIER_WALL]),
    _doc("b90-horizondaily-letters-renewal-top", "appeal", "top",
         "Invented; modelled on Nation.Africa (renewal greeting notices above a letters column with *** separators)", "en", [
             _HORIZON_RENEW,
             "Detentions: Officers are crossing a perilous line",
             "Nominee for Director of Criminal Investigations Amos Keter",
             "Director of Criminal Investigations Amos Keter.",
             "Photo credit: Wanjiru Obare/ Horizon Media Group",
             "Perilous path: With officers insisting they have no idea who is snatching young men from their homes, Peter Kamau fears the country is heading somewhere dark. “Sooner or later, ordinary people will fight back against anyone who tries to drag their neighbours away. That will end in ugly confrontations and maybe funerals when the kidnappers resist. This has to end now,” he insists. Reach him at [email protected].",
             "***",
             "Seeds: The state's plan to roll out a free hybrid seed drive from March instead of finishing the stalled move from the old pension fund to the new scheme looks odd, says Mercy Atieno. She wonders: “Is there any sign of a crop blight, or are our farmers being used as a trial ground for some foreign company's untested varieties?” Reach her at [email protected].",
             "***",
             "Bridge: The gridlock on the Lakeview-Ridgeton road that left drivers and travellers stranded through a freezing night has Dr Samuel Onyango Nyakundi thinking about the Governor's place in history. He says: “Widening that road would be the finest monument he could leave. Nothing else, not even courting the hill counties to win another term, will match it.” Reach him at [email protected].",
             "***",
             "Rent: Port Tiwa resident Halima Mwende would like to know exactly how much the National Ports Authority, a state agency, has pocketed from renting out its old coastal warehouse to a string of furniture traders over the past decade. “I would really like to kno",
         ], appeals=[_HORIZON_RENEW]),
    _doc("b90-harbourpost-daybreak-headlines-top", "appeal", "top",
         "Invented; modelled on The Straits Times (newsletter sign-up line above a headline list)", "en", [
             _HARBOURPOST_NEWSLETTER,
             "Parks board weighs contraception for wild boars to keep numbers in check",
             "Rangers have been carrying out nightly checks on boar sightings since the start of the year.",
             "Selatpura's updated 2040 food targets 'weigh ambition against realism'",
             "Growers will get extra help to cut costs and secure land and water for their crops.",
             "From weekend parties to security breach: What a neighbour's naval base scandal exposes",
             "The underground 'deck night' trend sees barracks turned into pop-up lounges with outsiders sneaked in.",
             "Washington's poker play over the canal ports may be coming together",
             "410 Selatpura staff get $850k in unpaid wages after employers fold",
             "Bosses who “deliberately withhold pay” will be prosecuted under labour rules.",
             "Starlyte to add 3 Selatpura concerts in November",
             "Five months' jail for man who made colleague lick the floor over a lost phone",
             "The court called the humiliation “degrading and utterly cruel”.",
             "Tourist nabbed trying to sneak in cannabis hidden inside tea bags",
             "Strongrooms of secrets: Far more than bullion and heirlooms",
             "Under Marina Quay sits a quiet vault of treasures at Straitsbank's deposit box hall.",
         ], appeals=[_HARBOURPOST_NEWSLETTER]),
    _doc("b90-snapline-reshuffle-follow-middle", "appeal", "middle",
         "Invented; modelled on Briefly News (dash-bullet summary points, a follow-us line before the story)", "en", [
             "Look who's returning: Thandeka Mokoena tipped to take over from Sipho Dlamini as head of water utilities",
             "19 hours ago",
             "- Rumours are swirling about who keeps a seat and who loses one in the President's reshuffled Cabinet",
             "- Insiders say Thandeka Mokoena is the front-runner for the Water and Sanitation portfolio",
             "- Should she get the nod, Sipho Dlamini could be shown the door",
             _SNAPLINE_FOLLOW,
             "President Thabo Nkosi has pledged to slim down his Cabinet and drop ministers who are not delivering.",
             "Snapline.example.com understands that, following this pledge, Water Minister Sipho Dlamini may be on his way out, with Thandeka Mokoena widely seen as his successor, according to dailyreport.example.com.",
             "“If anybody can fix our water boards it's Comrade Mokoena. She turned the Municipal Finance Agency around when she took it over in 2003 – she inherited a chaotic, leaking outfit … and made it one of the best-run state bodies in the eight years she led it,” a member of the party's executive said.",
             "READ ALSO: The President's old maths teacher has a lesson for the new head of state",
             "Mokoena entered Parliament in 1999 and has stayed ever since. She has held several portfolios, most recently as Treasury chief, before the former president dropped her.",
             "Many citizens have cheered the report, and Professor Lindiwe Khumalo, rector of Highveld University, said this about Mokoena when she made her an adjunct professor at its School of Governance.",
             "“Thandeka Mokoena has an outstanding record in running public institutions. The expertise she has built over decades of senior mana",
         ], appeals=[_SNAPLINE_FOLLOW]),
    _doc("b90-ricochetnation-stirthepot-ep23-middle", "appeal", "middle",
         "Invented; modelled on Bounce Nation Kenya (weekly newsletter rundown, subscribe and WhatsApp bullets before the editorial)", "en", [
             "Don't Shoot The Reporter: As Local Journalists, We've Had Enough Of Your Threats",
             "This week, we #StirThePot about YOU! Yes, you reading this right now who spent the week bullying our colleagues in the press…politician, police spokesperson, influencer…even an ordinary citizen. All while we simply do our job of keeping YOU informed, educated and entertained. Around the clock!",
             "P.S: No mercy this week!",
             "Hi and welcome to episode 23 of ‘Stir The Pot’ where we are furious, we are fed up, and we ARE calling everyone out this week. Full stop.",
             "In Episode 23:",
             "1. Back Off- Local Journalists [OPINION]",
             "2. Riverside Slum Killer Linked To 31 Deaths",
             "3. Aid Donors vs State House",
             _RICOCHET_BULLETS,
             "• Heads up: LinkedIn has changed the way it delivers newsletters by email. The newsletter used to appear as soon as you opened the email, but now you need to tap ‘view full message’ to read it.",
             "Back Off- Local Journalists [OPINION]",
             "This week, a shadow fell over the country's newsrooms. We had not planned to write yet another opinion piece, but after the distressing events from Wednesday until today, we had no option.",
             "P.S: We must warn our readers that what follows is harsh, and not for the squeamish.",
             "It started on Wednesday when, during a fresh wave of cost-of-living protests, two of Metro TV's best-known correspondents, Brian Otieno and Grace Wambui, were BARRED from the Senate.",
             "“Trusted sources within the Senate confirm that yes, I have been BARRED from the Senate together with my colleague Grace Wambui over our reporting on #RejectTheLev",
         ], appeals=[_RICOCHET_BULLETS]),
    _doc("b90-moanavoices-kohakit-wrapup-middle", "appeal", "middle",
         "Invented; modelled on E-Tangata (crowdfunding wrap-up; only the still-open-for-contributions line is the appeal)", "en", [
             "The Tide Trust: Hemi Walker, Losa Tuilagi, Aroha Kingi and Ben Fraser.",
             "A fortnight ago we kicked off our KohaKit fundraising drive, and today we're wrapping it up.",
             "We're still a little shy of our $6,000-a-month goal — as we write this, we're at $5,180 — but we've been deeply moved and humbled by how many readers gave. We now have 470 supporters giving monthly. Lots more chipped in with one-off gifts.",
             "We've also received some lovely messages, especially from our Instagram whānau (a few of which are below).",
             "It's good to know we aren't just talking to ourselves.",
             "Our hopes were high when Moana Voices started in early 2016, and every week we try (and usually fall short) to live up to our own lofty idea of the media we want to be. We're still under construction.",
             "Still, everything pledged and donated (one-off gifts included) has already improved our odds of survival, in the near term anyway. If all our monthly koha givers stick with us, that's $62,000 over the coming year we'd never have had without the drive.",
             "That's huge. It lets us plan, for the next few months at least. It gives us some room to breathe. And it buys time to grow our audience and supporter base and keep chasing other income streams.",
             "And, you never know, perhaps even to persuade ministers to think past radio and television when they talk about backing Māori and Pasifika voices and outlets.",
             _MOANA_STILL_OPEN,
             "To everyone who lifted our spirits and topped up our account with your generous gifts and kind words: Thanks heaps, vinaka vakalevu, ngā mihi nui, kia manuia.",
             "Ngā mihi,",
             "Losa, Hemi, and the Moana Voices crew.",
             "Plus a little aroha from Instagram . . .",
             "Moana Voices is the reason I",
         ], appeals=[_MOANA_STILL_OPEN]),
    _doc("b90-lambfieldherald-editors-letter-whole", "appeal", "whole",
         "Invented; modelled on Hackney Gazette (editor's letter: headline and whole body are the appeal, photo caption between them is not)", "en", [
             _LAMBFIELD_HEADLINE,
             "Editor Priya Castellane. Picture: Priya Castellane Brightwell",
             _LAMBFIELD_LETTER,
         ], appeals=[_LAMBFIELD_HEADLINE, _LAMBFIELD_LETTER]),
    _doc("b90-soapboxdaily-penguin-donate-end", "appeal", "end",
         "Invented; modelled on The Daily Blog (NZ) (blog rant with duplicated title line, donate and share lines at the end)", "en", [
             "Good grief – Pip the baby penguin who had the nerve to die cost $12 000???",
             "Good grief – Pip the baby penguin who had the nerve to die cost $12 000???",
             "For that sum Pip could have bankrolled a Flipside podcast courtesy of the Screen Fund to squander.",
             "5000 hungry kids in emergency housing will be thrilled to see cash splashed on a dead baby bird that was never going to make it.",
             "Pip is surely the priciest bit of virtue signalling this year, so shouldn't it qualify for Screen Fund money?",
             "You can't defend $12000 for a dead penguin while 5000 kids live in emergency housing.",
             "Honestly.",
             "Can the hungry kids eat the dead penguin?",
             _SOAPBOX_DONATE,
         ], appeals=[_SOAPBOX_DONATE]),
    _doc("b90-lensakini-sedition-column-end", "appeal", "end",
         "Invented; modelled on Malaysiakini (opinion column, join-our-WhatsApp-channel line at the end)", "en", [
             "Through those bleak years when the old premier held power, opening the newspaper over breakfast could be a painful ritual. You skimmed the front page and a wave of quiet, boiling fury ran right through you.",
             "With a shakier coalition now in charge, you might expect breakfast reading to be easier to stomach. Sadly, no such luck!",
             "When I learned that blogger Azman Harun and columnist Lim Wei Seng now face charges under the Sedition Act, that familiar fury came straight back. It is a harsh reminder that the free, democratic and enlightened nation I have longed for remains very far off.",
             _LENSAKINI_CHANNEL,
         ], appeals=[_LENSAKINI_CHANNEL]),
    _doc("b90-kilele-whatsapp-newsroom-end", "appeal", "end",
         "Invented; modelled on Duta (emoji-studded post with a category line, WhatsApp channel line at the end)", "en", [
             "WhatsApp💬 is Zembaru's Newsroom📺",
             "|   Africa News",
             "By Kælo🦊",
             "When Zembaru's President👔 Anselme Ruvuna chose to grab a fourth🙄 term in defiance of the constitution, the nation slid straight back into chaos😓. Press freedom🎥 is a huge problem there, yet Zembarans are now turning to WhatsApp💬 for their daily news. Many of the country's reporters✍ have fled abroad, and broadcasters📡 have gone off air. A media watchdog places Zembaru 163rd of 180 nations in its annual freedom ranking📊. Still, this is the smartphone era📱, and WhatsApp💬, Instagram📷 and X🐦 have taken the place of the old transistor📻. Because the state itself cannot run without mobile data, the networks stay on even in the middle of the turmoil⚠. People are kept in the loop, and even if some reports turn out false, a little news beats none at all. If only we could do the same for Eritrea🇪🇷.",
             _KILELE_CHANNEL,
         ], appeals=[_KILELE_CHANNEL]),
    _doc("b90-northdownsdispatch-issue33-signup-end", "appeal", "end",
         "Invented; modelled on West England Bylines (newsletter issue, mailing-list and donation block at the end)", "en", [
             "Issue #33 – New Year 2023",
             "Wishing all our readers a very Happy New Year.",
             "We hope you've liked reading North Downs Dispatch over the past year. In 2022 we ran about 310 pieces, which were viewed nearly 410,000 times. Our writers tackled flooding, the hospital backlog, proportional representation, asylum, the fallout from Brexit and plenty more. We also ran poems, cartoons and book reviews.",
             "Alongside our latest pieces, this bumper issue gathers our most-read articles of 2022. In February Gwen Talbot wondered what had become of civic pride and Rory Lisle likened the Prime Minister to a pantomime villain. In April Nadia Brooke warned that the county's last ferry link was in danger. In June Gwen Talbot's open letter to the Leader of the Opposition was shared everywhere. In October Felix Ward ran a series of pieces on the cost-of-living squeeze that has not gone away. And in December Tamsin Okafor wrote to the Chancellor hoping for a warmer winter than the forecast!",
             _DOWNS_SIGNUP,
         ], appeals=[_DOWNS_SIGNUP]),
]


# --- Probe 70: negatives ------------------------------------------------------------------------

PROBE70_NEGATIVES = [
    _neg("b90-crescentnews-quake-telethon-pledges-neg",
         "Invented; modelled on ARY News (channel chief's and anchor's pledges at a politician's telethon, a line broken mid-sentence)", "en", [
             "Chairman of Crescent Media Group Mr Farhan Qureshi has pledged Rs25 million for earthquake survivors in the northern provinces during the global telethon hosted by People's Justice Movement (PJM) leader Tariq Mahmood.",
             "At Tariq Mahmood's global telethon this evening, over Rs1.5 billion was pledged within ninety minutes by people at home and overseas.",
             "Chairman of Crescent Media Group Mr Farhan Qureshi also pledged Rs25 million for the quake-hit families.",
             "Commending Mr Qureshi, Tariq Mahmood said Farhan Qureshi had always stepped up for people in distress even while Crescent News was kept off cable networks.",
             "The PJM leader said he would also push for Crescent News to be restored to cable, just as he is fighting for genuine freedom while helping quake survivors nationwide.",
             "The opposition",
             "leader alleged that news organisations and reporters were being pressured to drop coverage of him. He said an authoritarian administration had been installed that was trampling on press freedom and free expression.",
             "In the course of the telethon, veteran anchor Nadia Rauf pledged Rs400,000 for quake victims. She said she was giving despite difficult circumstances. Rauf said over 3,500 households of media staff were struggling financially since Crescent News was pulled from cable.",
             "Tariq Mahmood said Nadia Rauf and others like her had taken the right side and his party would stand shoulder to shoulder with them. The PJM leader said he would do everything possible for press freedom while also helping those hit by the earthquake.",
         ]),
    _neg("b90-crossroadsreport-diaspora-gofundme-neg",
         "Invented; modelled on Global Village Space (diaspora crowdfunding total, a quoted post and the same post embedded)", "en", [
             "The Valdorian-Canadian community has given generously to families of protesters hurt in the crackdown on the 14 March rallies. Gifts overtook the C$400,000 goal in only 30 hours as the diaspora showed remarkable solidarity with victims of state violence back in the old country.",
             "A GoFundMe campaign was launched to raise C$400,000 in relief. “At least 19 people have been killed and over 600 hurt. They gave their lives for a free Valdoria. Please stand with the families of the fallen and wounded in this struggle for democracy by giving what you can,” the campaign page read.",
             "Thousands of Valdorians abroad gave, and within 30 hours the goal was passed. So far C$437,250 has been raised from over 4,200 donors. Money is still flowing in. The largest single gift was C$8,000.",
             "Posting on X, opposition leader and former premier Ilir Daskal thanked the Valdorian-Canadian community for its donations. He also thanked Dr Mira Kovač and Petar Zoran for organising the fund.",
             "Read more: Ilir Daskal asks Canadian MP for help in leaked phone call",
             "“After I asked for help for the families of the 19 martyrs gunned down at peaceful rallies, Valdorian-Canadians raised C$421,000 [C$437,250] in a little over 30 hours,” Ilir Daskal wrote on X.",
             "“My heartfelt thanks to the Valdorian-Canadian community, and special gratitude to Dr Mira Kovač and Petar Zoran for organising the fund,” the opposition leader said.",
             "After I asked for help for the families of the 19 martyrs gunned down at peaceful rallies, Valdorian-Canadians raised C$421,000 in a little over 30 hours .",
             "My heartfelt thanks to the Valdorian-Canadian community, and special gratitude to Dr Mira Kovač and Petar Zoran for…— Ilir Daskal (@IlirDaskal) March 19, 2024",
             "Opposition leader Ilir Daskal had previously urged Valdorians living in Canada to make d",
         ]),
    _neg("b90-hyperlocalhub-borderlands-grants-neg",
         "Invented; modelled on Centre for Community Journalism (regional grants to hyperlocal sites, quotes from minister and editor)", "en", [
             "Independent local news sites across the Borderlands will receive public money in another attempt to help the sector weather the cost-of-living crisis.",
             "Borderlands members of the Local Independent Publishers Alliance (LIPA) will each get a single payment of £4,000 to help them keep reporting for their readers.",
             "Sites receiving cash from the Community News Resilience Grant include Hexford Now, Carlow Bridge Voice, Millbeck.news, Rydale Online, The Tarnside Tatler, Kirkby Life, Allerdale Post and the Eskmouth Echo.",
             "Cabinet Secretary for Culture and the Economy, Fiona Raeburn, said: “Independent local outlets do essential work for towns and villages from one end of the region to the other, and I'm glad we can offer this help to carry them through what remains a very tough period.",
             "“These sites have earned credit for how they have looked after their readers, above all over the last twelve months, and this grant will help them keep doing exactly that.”",
             "It is the second round of help the regional government has given the sector since prices started soaring in autumn 2022.",
             "Last spring, local sites in the Borderlands each received £7,200 in emergency revenue grants – support that meant none of them shut during the worst of the crisis.",
             "Editor of Hexford Now and Kirkby Life Owen Pritchard said: “The past two years have proved how vital independent local news has become for giving communities across the region trustworthy news and up-to-date information.",
             "“I want to thank the First Secretary for hearing us, for acknowledging our value and for giving this essential help so we can keep doing our bit for our towns.”",
             "A letter sent to every eligible title says the grant's aim is ‘to strengthen the resilience, development and expansion of [independent local publishers in the Borderlands] – those that are independently owned and communi",
         ]),
    _neg("b90-rocksentinel-health-whatsapp-helpline-neg",
         "Invented; modelled on Gibraltar Chronicle (another organisation's WhatsApp service reported as news, staff byline and date line)", "en", [
             "Health Agency opens WhatsApp helpline for heatwave advice",
             "By Sentinel Staff",
             "14th July 2022",
             "The Public Health Agency has opened a chat service with partners WhatsApp and Meta to help people stay safe during the heatwave.",
             "The simple chat service could reach millions of residents and lets the agency put advice straight into the hands of those who most need it, a spokesperson said.",
             "\"Whether you are a care home manager, a parent or an elderly neighbour living alone, this service will share up-to-date guidance on the heat, including the warning signs of heatstroke and how to keep yourself and others cool,\" the agency said in a statement.",
             "\"It will also give daily temperature alerts and hospital figures as they happen to help councils and health boards protect their residents.\"",
             "The helpline opens via a link that starts a WhatsApp chat. Users just type “start” to begin, which brings up a menu of options answering common questions about heat illness.",
             "Full details are available on the agency's website here.",
         ]),
    _neg("b90-platypusweekly-clarion-paywall-neg",
         "Invented; modelled on Aardvark Daily (blogger mocking a daily's new paywall price)", "en", [
             "The Southern Clarion has lost the plot!",
             "14 May 2019",
             "For ages there has been chatter that local news sites were thinking about putting up paywalls and this week that chatter turned out to be true.",
             "Clarion Media, owner of The Southern Clarion, says it will sell digital subscriptions to \"quality journalism\" for only $4 a week.",
             "Pardon?",
             "Is this some brand new product -- this \"quality journalism\" because I've spotted barely a hint of it on their site so far.",
             "Like nearly every other online news outlet, Clarion Media has leapt aboard the gossip, clickbait, celebrity-fluff express and served up some truly dreadful rubbish over the past few years.",
             "Like the rest of them, they seem to me to do almost no real digging of their own, and you get the distinct feeling that great chunks of what they run is recycled from foreign wire services or lightly reworded media releases from well-connected spin doctors.",
             "Will New Zealanders pay for that? Not a chance!",
             "The other thing about this paywall and its \"quality journalism\" that nobody is explaining is whether people handing over $4 a week will still be bombarded with the ever-growing tide of ads that clutter and cheapen the site.",
             "My guess is that paying won't get you out of the ads -- so Clarion Media will pull a pay-TV trick and get paid twice for the same eyeballs with this paywall. Frankly, even though I can't see myself ever paying for news online, the promise of \"no adverts\" would tempt me far more than the hollow pledge of \"quality journalism\". Sadly, though, I suspect Clarion Media will be billing advertisers a \"quality\" rate for ads put in front of readers who have shown that",
         ]),
    _neg("b90-valleytimes-minister-whatsapp-channels-neg",
         "Invented; modelled on Pratidin Time (politician joins WhatsApp Channels, reported as news)", "en", [
             "Union Home Minister Rakesh Varma has signed up for the newest feature on the messaging app WhatsApp. The minister now has his own presence on WhatsApp 'Channels', which will let him speak directly to people who follow him.",
             "The feature, launched on the widely used messaging app, is meant for well-known people and companies to send updates to large audiences.",
             "Varma's opening post on the channel shows him at the newly built secretariat with a short greeting.",
             "The greeting said, “Delighted to be part of the WhatsApp family! Another way for us to keep talking to each other. Let's keep in touch here! Sharing a photo from the new secretariat.”",
             "Users will land on a chat-style screen where a 'Follow' button sits in the upper right corner for them to tap.",
             "The Vindhya Pradesh government has also started a WhatsApp channel called “Office of the Chief Minister, Vindhya Pradesh” to help ordinary citizens reach the CM's office.",
             "Notably, WhatsApp Channels work as a one-way broadcast tool, giving users a straight line to a chosen set of people or companies. The feature offers quick, smooth connection on both the phone app and the web version of WhatsApp.",
             "Film stars such as Rohan Kapadia, Meera Sethi, Arvind Rao, Gurpreet Sandhu and others have also opened WhatsApp Channels to reach their fans. Even the national hockey team and several big tech founders have set up channels of their own.",
         ]),
    _neg("b90-insidethornbury-legalfund-souprun-neg",
         "Invented; modelled on Inside Croydon (blog's legal-fund surplus given to a charity, charity chair writes, story-tips request at the end)", "en", [
             "Last week Thornbury Council dropped its absurd defamation claim against this site. Inside Thornbury's Editor had promised that any money readers gave to #DropTheWritFund, its legal defence pot, that was not spent on the case would go to local good causes.",
             "This week, iT was proud to hand over £1,200 from that pot to the Thornbury Soup Run. Below, the charity's chair, DELIA FORBES, describes how the money is being put to work",
             "Huge thanks to Inside Thornbury and to all the readers who chipped in to the legal defence pot that is now going to charities helping people sleeping rough.",
             "As prices keep climbing, we are meeting more people across the week at our evening stalls outside Thornbury station, and they need more from us, so we have had to do more.",
             "Because of the energy crisis we often meet people who are not just in freezing homes they cannot afford to heat, but whose prepayment meters have run dry so they cannot even switch on a lamp.",
             "One man told me he spent his evenings reading by the glow from the bus shelter across the road.",
             "We now hand out £320 in fuel vouchers every week, which people use to top up the meter keys most of our guests rely on for electricity.",
             "Besides serving a hot meal each evening, we hand out food parcels every Saturday.",
             "What we spend on food has risen by 60per cent on last year, partly because of rising prices and partly because more people are coming to us.",
             "Standing in our stockroom last August I worked out that we had six weeks of food left, and ten weeks to wait until the harvest collections arrived. We had to buy stock to bridge the gap.",
             "This year our costs are running £26,000 ahead of what we expect to bring in.",
             "The £1,200 gift from Inside Thornbury is hugely appreciated.",
             "If you have a story about life in and around Thornbury, or want to promote your tenants' association or shop, or have a community event coming up, please drop us a line a",
         ]),
    _neg("b90-plateauherald-cm-whatsapp-channel-neg",
         "Invented; modelled on The Hans India (state leaders launch a WhatsApp channel, reported as news)", "en", [
             "Sarala Reddy, Vikram Reddy start WhatsApp channel",
             "Bhubanagar: Chief Minister of Vindhya Pradesh Sarala Reddy and Jan Morcha national general secretary Vikram Reddy on Tuesday started a WhatsApp channel to talk directly to people over a digital route.",
             "The channel's follower count passed 5,000 within ninety minutes of going live.",
             "The Union Home Minister's WhatsApp channel has already gone past four million followers, and he has thanked them in a post there.",
             "It remains to be seen how much of a following the new effort by Sarala Reddy and Vikram Reddy will draw over the coming days.",
             "Party sources said the idea came up because of what they call a relentless hostile campaign against the Chief Minister's administration and her party by much of the press.",
             "\"These outlets never report the many development schemes and how well they are working on the ground for ordinary families. Now we need to answer that, and through this channel people will get first-hand updates on those schemes,\" a state minister said.",
             "It is understood that the Chief Minister's messages will go straight to the phones of followers through the WhatsApp channel.",
         ]),
    _neg("b90-harbourecho-hurling-family-fundraiser-neg",
         "Invented; modelled on Echo Live (club community's fundraiser for a bereaved family, totals quoted)", "en", [
             "Hurling club community raises €430,000 for Kerry family struck by twin tragedy",
             "The death of father-of-four Declan Horgan last summer, days after his family home near Ballymorrin was gutted by fire, led his parish to rally round with a fundraiser. AOIFE CREMIN explains how the remarkable total reveals the strength of the GAA and of rural Ireland",
             "Declan Horgan, who died just days after a blaze at the family home in Ballymorrin, pictured with his wife and children.",
             "WHEN father-of-four Declan Horgan died after fire swept through his house beside the Ballymorrin hurling pitch last summer, his family and neighbours were heartbroken.",
             "He passed away on July 9, eight days after the blaze, leaving his wife Niamh and children Cian, Róisín, Orla and Tadhg.",
             "The disaster, which left the family homeless, sparked an astonishing outpouring, and a club appeal for the Horgans went on to become one of the biggest GoFundMe campaigns of 2023, with 4,600 gifts raising close to €430,000.",
             "It showed how much the Horgans are loved, and how strong both the parish and the club are.",
             "“Everyone knows the Horgans and everyone thinks the world of them,” said Mairéad Fitzgerald, a family friend who chaired the appeal and is secretary of Ballymorrin GAA.",
             "They are cherished in Ballymorrin and the neighbouring parishes. Warm, generous, decent, down-to-earth people.",
             "“Close to €170,000 came in within the first twenty hours to help them.”",
             "Declan was a Ballymorrin man through and through.",
             "“He was a gifted hurler and gave years to Ballymorrin GAA, lining out for the club at every grade, underage, intermediate and senior, and for the divisional side too,” said Mairéad.",
             "She and the whole parish were shaken by what happened early on the morning of July 1 last year, when the Horgan home was destroyed after flames spread from a shed next door. Th",
         ]),
    _neg("b90-valleysgazette-party-donations-weekly-neg",
         "Invented; modelled on Cardiff Times (weekly party-donation returns with a bulleted list and a report URL)", "en", [
             "From Monday 13 April to Sunday 19 April nearly £2.1 million (£2,084,317) in gifts to four registered parties was declared to the Elections Regulator, as it publishes the third of five weekly returns due ahead of polling day on 14 May.",
             "Under the Party Funding and Elections Act 2009, any party fielding candidates at the general election must file a weekly return of gifts and loans with the Regulator if it has accepted anything above £9,000.",
             "A party that is not fielding candidates has to tell the Regulator so in order to be excused from the weekly returns.",
             "The four parties that declared gifts above £9,000 this week were:",
             "- National Renewal Party – £611,040",
             "- Workers' Alliance – £1,302,777",
             "- Centre Democrats – £145,500",
             "- Independence First Party – £25,000",
             "Independence First also declared £41,500 in gifts that arrived late. They should have appeared in its second weekly return to the Elections Regulator. The Regulator is now writing to the party to find out why.",
             "The Green Unity Party declared £11,380 in public money.",
             "None of the parties declared a loan above £9,000.",
             "Full details of every declared gift to registered parties in the third pre-poll week are available here: https://www.elections-regulator.example.org/data/files/0042/3rd-weekly-pre-poll-gifts-and-loans-summary.pdf",
             "In the second weekly return, five parties declared close to £3.2 million in gifts.",
             "Third-party campaigners",
             "Under rules brought in by the Campaign Finance (Transparency) Act 2018, registered third-party campaigners – people or groups who campaign during elections without fielding candidates or being parties – now have to file weekly pre-poll gift",
         ]),
    _neg("b90-loughsidenews-kilbarra-appeal-neg",
         "Invented; modelled on Derry Journal (an emigrant's disaster appeal with totals and quoted thanks)", "en", [
             "Tragedy appeal launched by Kilbarra emigrant Declan Moran passes £190,000",
             "An appeal to support Kilbarra after the bakery gas explosion that killed seven people on Thursday has now passed €190,000.",
             "A local woman lays a wreath at the cordon outside the wrecked Main Street bakery in the village of Kilbarra in Co Mayo, where seven people lost their lives.",
             "The GoFundMe appeal was started by Kilbarra native Declan Moran, who now lives in Vancouver, Canada.",
             "Mr Moran launched the appeal on Friday after hearing about the devastating blast in the village where he grew up, which has so far taken seven lives.",
             "\"I got up today to the terrible news that a gas explosion at the bakery has killed and hurt several people in my home village of Kilbarra, Co. Mayo, Ireland.",
             "\"I want to raise every cent I can for the families who lost loved ones and for the injured in the hard months to come.",
             "\"My heart goes out to every family and to the whole village. May those we lost rest in peace,” he wrote.",
             "By Sunday evening more than 5,200 people had given to the appeal, bringing in an astonishing €193,640.",
             "Mr Moran said every euro collected will go straight to helping the bereaved families and those hurt in the devastating blast.",
             "He said he is working with the Kilbarra Parish Council to make sure the money meets the village's needs.",
             "\"We are stunned by the response and by the kindness shown by people from every corner of the",
         ]),
    _neg("b90-ridgeobserver-adban-history-neg",
         "Invented; modelled on Daily Monitor (Uganda) (paper's history under a state advertising ban, donors mentioned)", "en", [
             "Hardly three years after The Ridge Observer opened its doors in 1995, ministers had decided that its independent reporting could not be tolerated. Hoping to starve the paper of money, the government barred all state advertising from The Ridge Observer, a heavy blow since the state was, and still is, among the biggest buyers of advertising space in the country.",
             "Though money was desperately short, the Observer's founders stuck to their independent line, reporting on delicate subjects such as the fighting across the western border, the insurgency by the Highland Liberation Front in the eastern provinces, and graft inside state agencies. They kept this up until 2000, when the government finally ended the advertising ban.",
             "The ban was dropped in part because of pressure from foreign donors, who insisted that projects paid for with public money should meet basic rules and be advertised fairly in state and private papers alike, yet officials kept up their hostility toward The Ridge Observer. Its reporting on abuses by soldiers during the army's campaigns angered the authorities most of all, and they often accused the paper of siding with the insurgents. On August 14, 2000, The Ridge Observer ran a story about the fighting across the western border, which the government said was untrue. As a result, on September 30, 200, Editor Joseph Kato-Mbeya and political reporter Esther Nakato were taken to court and charged with spreading false information.",
             "The two journalists took their case to the Constitutional Court, saying the charges breached their rights and that the crime of spreading false information clashed with the Constitution. Their petition froze the case before the magistrate. Much later, the judges sided with the journalists, holding that the offence of spreading false information violated basic freedoms. As state pressure mounted, the Observer's founders looked for financial s",
         ]),
]


BATCH90_DOCUMENTS = PROBE70_APPEALS + PROBE70_NEGATIVES
