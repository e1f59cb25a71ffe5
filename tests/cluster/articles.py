"""Small invented articles: two fires in one city, years apart, each told by three outlets, and a wire copy."""
# ruff: noqa: E501  (article text reads best one sentence to a line)

WAREHOUSE_1 = """A fire tore through a converted warehouse in Oakland during a late-night music party on Friday, killing at least nine people, officials said.
The blaze broke out shortly before midnight at the building, known as the Ghost Ship, in the Fruitvale district, where artists lived and held events.
Oakland Fire Chief Teresa Deloach Reed said the structure had no sprinklers and was cluttered with furniture, pianos and wooden pallets.
Dozens of people were believed to be inside when the fire started on the second floor.
Firefighters were still searching the debris on Saturday and expected the death toll to rise.
Alameda County Sheriff Sergeant Ray Kelly said investigators had not yet determined the cause of the fire."""

WAREHOUSE_2 = """The death toll from the fire that tore through a converted warehouse in Oakland's Fruitvale district during a music party rose to 24 on Sunday as firefighters pulled more bodies from the debris.
Sheriff's spokesman Ray Kelly said many victims were young artists and musicians attending a dance party in the converted building, known as the Ghost Ship.
Friends said the warehouse was a maze of makeshift studios with a single staircase built from pallets.
City records show inspectors had received complaints about people living illegally in the building.
Mayor Libby Schaaf called the tragedy an unimaginable loss for the arts community."""

WAREHOUSE_3 = """Investigators searched the debris of the Ghost Ship warehouse in Oakland's Fruitvale district on Monday, three days after a fire killed 36 people at a music party in the converted building.
Alameda County District Attorney Nancy O'Malley said a criminal investigation team had been sent to the Fruitvale site.
Families of the victims gathered near the cordon, waiting for news of missing sons and daughters.
The warehouse operator, Derick Almena, told a television station he was sorry for the deaths.
Sheriff's Sergeant Ray Kelly said the recovery of victims from the Ghost Ship was complete.
Fire officials said the building had been partitioned with pianos, trailers and wooden pallets, leaving few exits."""

APARTMENT_1 = """Two people died when a fire swept through a six-storey apartment block on Telegraph Avenue in Oakland early Tuesday, the fire department said.
Flames were seen coming from the top floor around 3 a.m., and more than 80 firefighters fought the blaze for two hours.
Battalion Chief Michael Hunt said residents were woken by neighbours banging on doors.
Forty residents were displaced and the Red Cross opened a shelter at a nearby church.
The cause of the fire is under investigation, Hunt said."""

APARTMENT_2 = """An early morning fire at a Telegraph Avenue apartment building in Oakland killed two residents and left dozens homeless, officials said Tuesday.
Fire crews arrived to find heavy smoke on the sixth floor and rescued several people by ladder from balconies.
Battalion Chief Michael Hunt said the building's alarms were working but the fire spread quickly through the attic.
The Red Cross said it was helping forty displaced tenants, many of them elderly.
Neighbours described hearing explosions before flames broke through the roof."""

APARTMENT_3 = """Residents of a fire-gutted apartment complex on Telegraph Avenue returned on Wednesday to collect belongings, a day after the blaze killed two tenants.
Oakland fire investigators said the fire began in a top-floor unit but had not determined how.
The property manager said the building passed a safety inspection in the spring.
Battalion Chief Michael Hunt praised crews who carried elderly residents down smoke-filled stairs.
The Red Cross said most displaced families were staying with relatives."""

# WAREHOUSE_1 as republished by another outlet: a few words changed and a credit line added.
WAREHOUSE_1_COPY = (
    WAREHOUSE_1.replace("killing at least nine people", "killing at least nine")
    .replace("shortly before midnight", "just before midnight")
    .replace("expected the death toll to rise", "feared the toll would rise")
    + "\nSource: agencies"
)
