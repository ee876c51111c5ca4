<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>the version must be a positive whole number, not &quot;%1&quot;</source>
        <translation>la versione deve essere un numero intero positivo, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>%1 is not signed: there is no signed document</source>
        <translation>%1 non è firmato: non esiste alcun documento firmato</translation>
    </message>
    <message>
        <source>%1 was put in force without a recorded signature: there is no signed document</source>
        <translation>%1 è stato messo in vigore senza una firma registrata: non esiste alcun documento firmato</translation>
    </message>
    <message>
        <source>%1 was signed without a stored document (its signature was recorded before Accordo kept the signed PDF)</source>
        <translation>%1 è stato firmato senza un documento memorizzato (la firma è stata registrata prima che Accordo conservasse il PDF firmato)</translation>
    </message>
</context>
<context>
    <name>Accordo::ActionDialog</name>
    <message>
        <source>Raise Action</source>
        <translation>Crea azione</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Modifica azione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why the action is dropped</source>
        <translation>Perché l&apos;azione viene abbandonata</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Accordo:</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>Creata da:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>Accordo::ActionProposal</name>
    <message>
        <source>&quot;%1&quot; is not a month (expected YYYY-MM)</source>
        <translation>&quot;%1&quot; non è un mese (atteso YYYY-MM)</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>violato</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>a rischio</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4 %</source>
        <translation>%1: %2 in %3, %4 %</translation>
    </message>
</context>
<context>
    <name>Accordo::ActionStore</name>
    <message>
        <source>action &quot;%1&quot;</source>
        <translation>azione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>un&apos;azione richiede un titolo</translation>
    </message>
    <message>
        <source>%1, field source: &quot;%2&quot; is not one of %3</source>
        <translation>%1, campo origine: &quot;%2&quot; non è tra %3</translation>
    </message>
    <message>
        <source>%1, field due date: the action needs a due date</source>
        <translation>%1, campo scadenza: l&apos;azione richiede una data di scadenza</translation>
    </message>
    <message>
        <source>%1, field due date: %2 is outside the years %3 to %4</source>
        <translation>%1, campo scadenza: %2 è fuori dagli anni da %3 a %4</translation>
    </message>
    <message>
        <source>%1, field period: &quot;%2&quot; is not a month (2026-09) or a quarter (2026-Q3)</source>
        <translation>%1, campo periodo: &quot;%2&quot; non è un mese (2026-09) né un trimestre (2026-Q3)</translation>
    </message>
    <message>
        <source>%1, field reason: dropping an action needs a reason</source>
        <translation>%1, campo motivo: per abbandonare un&apos;azione serve un motivo</translation>
    </message>
    <message>
        <source>%1, field agreement: there is no agreement with id %2</source>
        <translation>%1, campo accordo: non esiste alcun accordo con id %2</translation>
    </message>
    <message>
        <source>%1, field owner: the owner must be an active user of the workspace</source>
        <translation>%1, campo responsabile: il responsabile deve essere un utente attivo dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field agreement: an action stays with its agreement</source>
        <translation>%1, campo accordo: un&apos;azione resta legata al proprio accordo</translation>
    </message>
    <message>
        <source>there is no action with id %1</source>
        <translation>non esiste alcuna azione con id %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ActionsDialog</name>
    <message>
        <source>Improvement actions</source>
        <translation>Azioni di miglioramento</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Aperte e in corso</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>The actions cannot be read: %1</source>
        <translation>Impossibile leggere le azioni: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (scaduta)</translation>
    </message>
</context>
<context>
    <name>Accordo::AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>assegnato al salvataggio</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>&amp;Controparte:</translation>
    </message>
    <message>
        <source>&amp;Parent agreement:</source>
        <translation>Accordo &amp;padre:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Data di &amp;inizio:</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>&amp;Revisione ogni:</translation>
    </message>
    <message>
        <source>Monthly &amp;fee:</source>
        <translation>Canone &amp;mensile:</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Aggiungi obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>Modi&amp;fica obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>Rim&amp;uovi obiettivo</translation>
    </message>
    <message>
        <source>Services covered:</source>
        <translation>Servizi coperti:</translation>
    </message>
    <message>
        <source>Service level targets:</source>
        <translation>Obiettivi di livello di servizio:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Multi-level agreements go from the general to the specific: corporate, then customer, then service level. The more specific level overrides the general one.</source>
        <translation>Gli accordi multilivello vanno dal generale al particolare: prima il livello aziendale, poi il livello cliente, infine il livello servizio. Il livello più specifico prevale su quello più generale.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>(none: top of its hierarchy)</source>
        <translation>(nessuno: vertice della gerarchia)</translation>
    </message>
    <message>
        <source>(this new agreement)</source>
        <translation>(questo nuovo accordo)</translation>
    </message>
    <message>
        <source>Agreement %1 — %2</source>
        <translation>Accordo %1 — %2</translation>
    </message>
    <message>
        <source>Monthly fee: %1</source>
        <translation>Canone mensile: %1</translation>
    </message>
    <message>
        <source>Tick the services this agreement covers first.</source>
        <translation>Seleziona prima i servizi coperti da questo accordo.</translation>
    </message>
    <message>
        <source>Use the Workflow menu to move the agreement on.</source>
        <translation>Usa il menu Flusso di lavoro per far avanzare l&apos;accordo.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Cro&amp;nologia</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>V&amp;ersioni</translation>
    </message>
    <message>
        <source>This version is signed and in force. Amend to change a signed agreement (Workflow ▸ Amend).</source>
        <translation>Questa versione è firmata e in vigore. Per modificare un accordo firmato, emendalo (Flusso di lavoro ▸ Emenda).</translation>
    </message>
    <message>
        <source>This version is in approval. Reject it back to negotiation to change it.</source>
        <translation>Questa versione è in approvazione. Per modificarla, rifiutala riportandola in negoziazione.</translation>
    </message>
    <message>
        <source>This version is %1 and stays as it was for the record.</source>
        <translation>Questa versione è nello stato &quot;%1&quot; e resta agli atti così com&apos;è.</translation>
    </message>
    <message>
        <source>Re&amp;quirements</source>
        <translation>Re&amp;quisiti</translation>
    </message>
    <message>
        <source>Details lists what your edit would change in the stored version.</source>
        <translation>I dettagli elencano ciò che la tua modifica cambierebbe nella versione memorizzata.</translation>
    </message>
    <message>
        <source>Your edit matches the stored version.</source>
        <translation>La tua modifica coincide con la versione memorizzata.</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>Bac&amp;ktest…</translation>
    </message>
    <message>
        <source>How would these targets have done over the last months? Judges them against the customer&apos;s stored tickets.</source>
        <translation>Come sarebbero andati questi obiettivi negli ultimi mesi? Li valuta sui ticket del cliente registrati.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Choose the counterparty first: the backtest judges its tickets.</source>
        <translation>Scegliere prima la controparte: il backtest valuta i suoi ticket.</translation>
    </message>
    <message>
        <source>Supporting agreements</source>
        <translation>Accordi di supporto</translation>
    </message>
    <message>
        <source>&amp;Hierarchy and support</source>
        <translation>Gerarc&amp;hia e supporto</translation>
    </message>
    <message>
        <source>Services an&amp;d targets</source>
        <translation>Servizi e o&amp;biettivi</translation>
    </message>
    <message>
        <source>Approval&amp;s</source>
        <translation>Appro&amp;vazioni</translation>
    </message>
    <message>
        <source>Perfor&amp;mance</source>
        <translation>Pre&amp;stazioni</translation>
    </message>
    <message>
        <source>Change requ&amp;ests</source>
        <translation>Richieste di mo&amp;difica</translation>
    </message>
    <message>
        <source>Service &amp;Report…</source>
        <translation>Report di servi&amp;zio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Choose the counterparty</source>
        <translation>Scegli la controparte</translation>
    </message>
    <message>
        <source>Fee per month, exact to the cent, e.g. %1</source>
        <translation>Canone mensile, al centesimo, ad es. %1</translation>
    </message>
    <message>
        <source>Starts on: %1</source>
        <translation>Data di inizio: %1</translation>
    </message>
    <message>
        <source>Ends on: %1</source>
        <translation>Data di fine: %1</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>Doc&amp;umento</translation>
    </message>
    <message>
        <source>The provider&apos;s representative who talks to the customer: alerts and new actions go to them</source>
        <translation>Il rappresentante del fornitore che si interfaccia con il cliente: riceve gli avvisi e le nuove azioni</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Respo&amp;nsabile:</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(ancora nessun responsabile)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Accordo::AgreementOwners</name>
    <message>
        <source>owner of %1</source>
        <translation>responsabile di %1</translation>
    </message>
    <message>
        <source>%1: there is no agreement %2</source>
        <translation>%1: non esiste l&apos;accordo %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an active user of the workspace</source>
        <translation>%1: &quot;%2&quot; non è un utente attivo dell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>Accordo::AgreementWorkflow</name>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>there is no agreement with id %1</source>
        <translation>non esiste alcun accordo con id %1</translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation>%1: impossibile eseguire &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>this version was superseded by a newer signed version</source>
        <translation>questa versione è stata sostituita da una versione firmata più recente</translation>
    </message>
    <message>
        <source>the agreement is in %1, and this step starts from %2</source>
        <translation>l&apos;accordo è nello stato &quot;%1&quot;, mentre questo passaggio parte dallo stato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it needs the %1 role, which %2 does not have</source>
        <translation>richiede il ruolo %1, che %2 non possiede</translation>
    </message>
    <message>
        <source>the requirements charter is empty: record the customer&apos;s needs first</source>
        <translation>il capitolato dei requisiti è vuoto: registra prima le esigenze del cliente</translation>
    </message>
    <message>
        <source>no services are proposed</source>
        <translation>non è proposto alcun servizio</translation>
    </message>
    <message>
        <source>the agreement covers no service</source>
        <translation>l&apos;accordo non copre alcun servizio</translation>
    </message>
    <message>
        <source>the covered service %1 has no target</source>
        <translation>il servizio coperto %1 non ha alcun obiettivo</translation>
    </message>
    <message>
        <source>the price is not set</source>
        <translation>il prezzo non è impostato</translation>
    </message>
    <message>
        <source>the required approvers must name at least one provider role and the counterparty&apos;s representative</source>
        <translation>gli approvatori richiesti devono comprendere almeno un ruolo del fornitore e il rappresentante della controparte</translation>
    </message>
    <message>
        <source>%1 authored or edited this agreement and may not approve or reject it (segregation of duties)</source>
        <translation>%1 ha redatto o modificato questo accordo e non può approvarlo né rifiutarlo (separazione dei compiti)</translation>
    </message>
    <message>
        <source>there is no open approval for %1 in this round</source>
        <translation>non c&apos;è alcuna approvazione aperta per %1 in questo ciclo</translation>
    </message>
    <message>
        <source>the approval of %1 is still missing</source>
        <translation>manca ancora l&apos;approvazione di %1</translation>
    </message>
    <message>
        <source>the version it amends is no longer in force</source>
        <translation>la versione che emenda non è più in vigore</translation>
    </message>
    <message>
        <source>version %1 is already an open amendment</source>
        <translation>la versione %1 è già un emendamento aperto</translation>
    </message>
    <message>
        <source>the agreement has no end date</source>
        <translation>l&apos;accordo non ha una data di scadenza</translation>
    </message>
    <message>
        <source>it runs until %1</source>
        <translation>è in vigore fino al %1</translation>
    </message>
    <message>
        <source>%1: a rejection needs a reason</source>
        <translation>%1: un rifiuto richiede una motivazione</translation>
    </message>
    <message>
        <source>%1: a termination needs a reason</source>
        <translation>%1: una cessazione richiede una motivazione</translation>
    </message>
    <message>
        <source>%1: a termination needs an effective date</source>
        <translation>%1: una cessazione richiede una data di efficacia</translation>
    </message>
    <message>
        <source>%1: the effective date %2 is before the start date %3</source>
        <translation>%1: la data di efficacia %2 è precedente alla data di inizio %3</translation>
    </message>
    <message>
        <source>%1: the effective date %2 is after the end date %3; let it expire</source>
        <translation>%1: la data di efficacia %2 è successiva alla data di scadenza %3; lascia che l&apos;accordo scada</translation>
    </message>
    <message>
        <source>%1: the signing date is required</source>
        <translation>%1: la data di firma è obbligatoria</translation>
    </message>
    <message>
        <source>%1: the signing date %2 is in the future</source>
        <translation>%1: la data di firma %2 è nel futuro</translation>
    </message>
    <message>
        <source>%1: the signing method &quot;%2&quot; is not one of %3</source>
        <translation>%1: il metodo di firma &quot;%2&quot; non è tra %3</translation>
    </message>
    <message>
        <source>%1: every signatory needs a name</source>
        <translation>%1: ogni firmatario deve avere un nome</translation>
    </message>
    <message>
        <source>%1: both the provider and the counterparty must sign</source>
        <translation>%1: devono firmare sia il fornitore sia la controparte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile: reload it</source>
        <translation>%1 è stato modificato da un altro utente nel frattempo: ricaricalo</translation>
    </message>
    <message>
        <source>%1: no registered number could be assigned</source>
        <translation>%1: impossibile assegnare un numero di registrazione</translation>
    </message>
    <message>
        <source>%1, signatory %2: %3</source>
        <translation>%1, firmatario %2: %3</translation>
    </message>
    <message>
        <source>superseded by version %1</source>
        <translation>sostituito dalla versione %1</translation>
    </message>
    <message>
        <source>%1: the versions cannot be read</source>
        <translation>%1: impossibile leggere le versioni</translation>
    </message>
    <message>
        <source>version %1 opened</source>
        <translation>aperta la versione %1</translation>
    </message>
    <message>
        <source>%1: the %2 can only change in draft or negotiation; the agreement is %3</source>
        <translation>%1: %2 può cambiare solo in bozza o in negoziazione; l&apos;accordo è nello stato &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>requirements charter</source>
        <translation>il capitolato dei requisiti</translation>
    </message>
    <message>
        <source>list of required approvers</source>
        <translation>l&apos;elenco degli approvatori richiesti</translation>
    </message>
    <message>
        <source>every required approver needs a title (a role or a name)</source>
        <translation>ogni approvatore richiesto deve avere un titolo (un ruolo o un nome)</translation>
    </message>
    <message>
        <source>%1 has no version %2</source>
        <translation>%1 non ha una versione %2</translation>
    </message>
    <message>
        <source>no version of %1 is in force</source>
        <translation>nessuna versione di %1 è in vigore</translation>
    </message>
    <message>
        <source>a check could not be completed</source>
        <translation>impossibile completare un controllo</translation>
    </message>
    <message>
        <source>no approvers are required, so nobody has approved it</source>
        <translation>non è richiesto alcun approvatore, quindi nessuno lo ha approvato</translation>
    </message>
</context>
<context>
    <name>Accordo::AgreementsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::AlertScanner</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1 · action &quot;%2&quot;, due %3</source>
        <translation>%1 · azione &quot;%2&quot;, scadenza %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; · due %3</source>
        <translation>%1 &quot;%2&quot; · scadenza %3</translation>
    </message>
    <message>
        <source>waiting for an assessment</source>
        <translation>in attesa di valutazione</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>in attesa di decisione</translation>
    </message>
    <message>
        <source>%1 · change request %2 from %3, %4</source>
        <translation>%1 · richiesta di modifica %2 da %3, %4</translation>
    </message>
</context>
<context>
    <name>Accordo::AlertStore</name>
    <message>
        <source>Target at risk</source>
        <translation>Obiettivo a rischio</translation>
    </message>
    <message>
        <source>Target breached</source>
        <translation>Obiettivo violato</translation>
    </message>
    <message>
        <source>Service credit owed</source>
        <translation>Credito di servizio dovuto</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisione prevista</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Rinnovo previsto</translation>
    </message>
    <message>
        <source>Improvement action overdue</source>
        <translation>Azione di miglioramento scaduta</translation>
    </message>
    <message>
        <source>Change request waiting</source>
        <translation>Richiesta di modifica in attesa</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Tutti gli accordi</translation>
    </message>
    <message>
        <source>Agreements I own</source>
        <translation>Accordi di cui sono responsabile</translation>
    </message>
    <message>
        <source>One customer&apos;s agreements</source>
        <translation>Accordi di un cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert rule &quot;%1&quot; for %2</source>
        <translation>Regola di avviso &quot;%1&quot; per %2</translation>
    </message>
    <message>
        <source>%1: user: %2</source>
        <translation>%1: utente: %2</translation>
    </message>
    <message>
        <source>%1: within days: %2 is not between 1 and 3650</source>
        <translation>%1: entro giorni: %2 non è compreso tra 1 e 3650</translation>
    </message>
    <message>
        <source>%1: customer: there is no party with id %2</source>
        <translation>%1: cliente: non esiste alcuna controparte con id %2</translation>
    </message>
    <message>
        <source>there is no alert rule %1</source>
        <translation>non esiste la regola di avviso %1</translation>
    </message>
    <message>
        <source>Raise alerts: %1</source>
        <translation>Generazione avvisi: %1</translation>
    </message>
    <message>
        <source>Raise alerts</source>
        <translation>Genera avvisi</translation>
    </message>
    <message>
        <source>the alert &quot;%1&quot;</source>
        <translation>l&apos;avviso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Mark alerts seen</source>
        <translation>Segna avvisi come visti</translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation>non esiste l&apos;avviso %1</translation>
    </message>
    <message>
        <source>alert %1 is %2&apos;s, not %3&apos;s</source>
        <translation>l&apos;avviso %1 è di %2, non di %3</translation>
    </message>
</context>
<context>
    <name>Accordo::AlertsModel</name>
    <message>
        <source>Raised</source>
        <translation>Generato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
</context>
<context>
    <name>Accordo::AlertsPanel</name>
    <message>
        <source>&amp;Mark all seen</source>
        <translation>&amp;Segna tutti come visti</translation>
    </message>
    <message>
        <source>Accordo alerts</source>
        <translation>Avvisi di Accordo</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nessuna area di lavoro aperta.</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n nuovo avviso</numerusform>
            <numerusform>%n nuovi avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>No new alerts.</source>
        <translation>Nessun nuovo avviso.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ApplyOfferingDialog</name>
    <message>
        <source>Apply Offering</source>
        <translation>Applica offerta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>The service has no offering priced in %1.</source>
        <translation>Il servizio non ha offerte con prezzo in %1.</translation>
    </message>
    <message>
        <source>%1 within %2 for %3 %</source>
        <translation>%1 entro %2 per il %3 %</translation>
    </message>
    <message>
        <source>%1 a month. Its targets replace the service&apos;s targets from an offering:
%2</source>
        <translation>%1 al mese. I suoi obiettivi sostituiscono quelli del servizio derivanti da un&apos;offerta:
%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>Accordo::ApprovalQueue</name>
    <message>
        <source>Open a workspace first.</source>
        <translation>Apri prima un&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>It lists the agreements that wait for your approval, which needs the %1 role.</source>
        <translation>Elenca gli accordi in attesa della tua approvazione; richiede il ruolo %1.</translation>
    </message>
    <message>
        <source>Waiting for &amp;Me…</source>
        <translation>In attesa di &amp;me…</translation>
    </message>
    <message>
        <source>Waiting for &amp;Me (%1)…</source>
        <translation>In attesa di &amp;me (%1)…</translation>
    </message>
    <message>
        <source>Agreements in approval that wait for your decision.</source>
        <translation>Accordi in approvazione in attesa della tua decisione.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) waiting for you</source>
        <translation>
            <numerusform>%n approvazione in attesa da parte tua</numerusform>
            <numerusform>%n approvazioni in attesa da parte tua</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting for you: unknown</source>
        <translation>Approvazioni in attesa da parte tua: sconosciute</translation>
    </message>
    <message>
        <source>View ▸ Waiting for Me</source>
        <translation>Visualizza ▸ In attesa di me</translation>
    </message>
    <message>
        <source>Waiting for Me</source>
        <translation>In attesa di me</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nulla è in attesa della tua approvazione.</translation>
    </message>
    <message>
        <source>These agreements wait for your approval. Choose one to select it in the agreement list, then approve or reject it from the Workflow menu.</source>
        <translation>Questi accordi sono in attesa della tua approvazione. Scegline uno per selezionarlo nell&apos;elenco degli accordi, poi approvalo o rifiutalo dal menu Flusso di lavoro.</translation>
    </message>
    <message>
        <source>&amp;Select Agreement</source>
        <translation>&amp;Seleziona accordo</translation>
    </message>
</context>
<context>
    <name>Accordo::ApprovalsPanel</name>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approvatore</translation>
    </message>
    <message>
        <source>Reserved for</source>
        <translation>Riservata a</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>A new agreement has no approvals yet.</source>
        <translation>Un nuovo accordo non ha ancora approvazioni.</translation>
    </message>
    <message>
        <source>Not yet submitted for approval. These approvals will be needed:</source>
        <translation>Non ancora inviato in approvazione. Serviranno queste approvazioni:</translation>
    </message>
    <message>
        <source>Approval round %1:</source>
        <translation>Ciclo di approvazione %1:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>any approver</source>
        <translation>qualsiasi approvatore</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>No approvers are set yet.</source>
        <translation>Non sono ancora stati definiti approvatori.</translation>
    </message>
</context>
<context>
    <name>Accordo::AssessmentDialog</name>
    <message>
        <source>Assess change request</source>
        <translation>Valuta richiesta di modifica</translation>
    </message>
    <message>
        <source>Can it be done, with what, by when</source>
        <translation>Si può fare, con quali mezzi, entro quando</translation>
    </message>
    <message>
        <source>&amp;Feasibility:</source>
        <translation>&amp;Fattibilità:</translation>
    </message>
    <message>
        <source>Effect on the monthly &amp;price (%1):</source>
        <translation>Effetto sul &amp;prezzo mensile (%1):</translation>
    </message>
    <message>
        <source>The proposed targets are backtested on the customer&apos;s stored tickets of the last twelve months when you record the assessment.</source>
        <translation>Quando registri la valutazione, gli obiettivi proposti vengono sottoposti a backtest sui ticket del cliente memorizzati negli ultimi dodici mesi.</translation>
    </message>
    <message>
        <source>Price effect: %1</source>
        <translation>Effetto sul prezzo: %1</translation>
    </message>
    <message>
        <source>Price effect: the agreement is priced in %1, not %2</source>
        <translation>Effetto sul prezzo: l&apos;accordo è in %1, non in %2</translation>
    </message>
    <message>
        <source>Say whether the change is feasible.</source>
        <translation>Indica se la modifica è fattibile.</translation>
    </message>
</context>
<context>
    <name>Accordo::AuditLog</name>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation>impossibile leggere la traccia di audit: %1</translation>
    </message>
    <message>
        <source>the audit record for %1 %2 could not be written: %3</source>
        <translation>impossibile scrivere il record di audit per %1 %2: %3</translation>
    </message>
    <message>
        <source>the audit trail head could not be advanced: %1</source>
        <translation>impossibile far avanzare la testa della traccia di audit: %1</translation>
    </message>
    <message>
        <source>audit record %1 is missing: the trail jumps from record %2 to record %3</source>
        <translation>manca il record di audit %1: la traccia salta dal record %2 al record %3</translation>
    </message>
    <message>
        <source>audit record %1 (%2 %3 %4 by %5 at %6) was altered: its content does not match its hash</source>
        <translation>il record di audit %1 (%2 %3 %4 da %5 il %6) è stato alterato: il contenuto non corrisponde al suo hash</translation>
    </message>
    <message>
        <source>audit record %1 does not follow record %2: the chain of hashes is broken</source>
        <translation>il record di audit %1 non segue il record %2: la catena di hash è interrotta</translation>
    </message>
    <message>
        <source>audit record %1 is missing: the trail ends at record %2 but %3 records were written</source>
        <translation>manca il record di audit %1: la traccia termina al record %2, ma i record scritti sono %3</translation>
    </message>
    <message>
        <source>audit record %1 was not written by Accordo: it does not match the recorded end of the trail</source>
        <translation>il record di audit %1 non è stato scritto da Accordo: non corrisponde alla fine registrata della traccia</translation>
    </message>
    <message>
        <source>the expected head &quot;%1&quot; is not a SHA-256 hash (64 hexadecimal digits)</source>
        <translation>la testa attesa &quot;%1&quot; non è un hash SHA-256 (64 cifre esadecimali)</translation>
    </message>
    <message>
        <source>the audit trail no longer extends the expected head %1: none of its %2 records has that hash, so records were removed from its end or records before that head were rewritten</source>
        <translation>la traccia di audit non prosegue più dalla testa attesa %1: nessuno dei suoi %2 record ha quell&apos;hash, quindi sono stati rimossi record dalla sua fine o sono stati riscritti record precedenti a quella testa</translation>
    </message>
    <message>
        <source>service_deliveries (party %1, service %2)</source>
        <translation>service_deliveries (controparte %1, servizio %2)</translation>
    </message>
    <message>
        <source>user_roles (user %1, role %2)</source>
        <translation>user_roles (utente %1, ruolo %2)</translation>
    </message>
    <message>
        <source>agreement_services (agreement %1, service %2)</source>
        <translation>agreement_services (accordo %1, servizio %2)</translation>
    </message>
    <message>
        <source>targets (agreement %1, target %2)</source>
        <translation>targets (accordo %1, obiettivo %2)</translation>
    </message>
    <message>
        <source>credit_tiers (agreement %1, target %2, tier %3)</source>
        <translation>credit_tiers (accordo %1, obiettivo %2, fascia %3)</translation>
    </message>
    <message>
        <source>agreement_supports (%1 supports %2)</source>
        <translation>agreement_supports (%1 supporta %2)</translation>
    </message>
    <message>
        <source>targets %1 (agreement %2, target %3)</source>
        <translation>targets %1 (accordo %2, obiettivo %3)</translation>
    </message>
    <message>
        <source>the table %1 cannot be read: %2</source>
        <translation>impossibile leggere la tabella %1: %2</translation>
    </message>
    <message>
        <source>%1: the table holds this row, but the audit trail never recorded it</source>
        <translation>%1: la tabella contiene questa riga, ma la traccia di audit non l&apos;ha mai registrata</translation>
    </message>
    <message>
        <source>%1, column %2: the trail says %3, the table holds %4</source>
        <translation>%1, colonna %2: la traccia indica %3, la tabella contiene %4</translation>
    </message>
    <message>
        <source>%1: the audit trail says this row exists, but the table has no such row and the trail records no deletion</source>
        <translation>%1: secondo la traccia di audit questa riga esiste, ma la tabella non la contiene e la traccia non registra alcuna eliminazione</translation>
    </message>
    <message>
        <source>party_contacts (party %1, contact %2)</source>
        <translation>party_contacts (parte %1, contatto %2)</translation>
    </message>
    <message>
        <source>price_lines (agreement %1, line %2)</source>
        <translation>price_lines (accordo %1, riga %2)</translation>
    </message>
    <message>
        <source>the audit trail cannot be written: %1</source>
        <translation>non è possibile scrivere la traccia di audit: %1</translation>
    </message>
    <message>
        <source>the audit batch was not started</source>
        <translation>il lotto di audit non è stato avviato</translation>
    </message>
    <message>
        <source>document_texts %1: the text was changed after it was stored (its content no longer has that SHA-256)</source>
        <translation>document_texts %1: il testo è stato modificato dopo essere stato memorizzato (il suo contenuto non ha più quello SHA-256)</translation>
    </message>
</context>
<context>
    <name>Accordo::AuditSnapshot</name>
    <message>
        <source>the targets are not a list (%1)</source>
        <translation>gli obiettivi non sono un elenco (%1)</translation>
    </message>
    <message>
        <source>target %1: unknown metric &quot;%2&quot; or period &quot;%3&quot;</source>
        <translation>obiettivo %1: metrica &quot;%2&quot; o periodo &quot;%3&quot; sconosciuti</translation>
    </message>
</context>
<context>
    <name>Accordo::AwaitedApprovalsModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Your approval as</source>
        <translation>La tua approvazione come</translation>
    </message>
</context>
<context>
    <name>Accordo::Backtest</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected period, calendars, targets)</source>
        <translation>%1: chiave sconosciuta &quot;%2&quot; (attese period, calendars, targets)</translation>
    </message>
    <message>
        <source>%1: period: &quot;%2&quot; is not month or quarter</source>
        <translation>%1: period: &quot;%2&quot; non è month o quarter</translation>
    </message>
    <message>
        <source>%1: calendars.%2: %3</source>
        <translation>%1: calendars.%2: %3</translation>
    </message>
    <message>
        <source>%1: targets: expected a non-empty array</source>
        <translation>%1: targets: atteso un array non vuoto</translation>
    </message>
    <message>
        <source>%1: targets[%2]</source>
        <translation>%1: targets[%2]</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: chiave sconosciuta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: name: missing</source>
        <translation>%1: name: mancante</translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is used twice</source>
        <translation>%1: name: &quot;%2&quot; è usato due volte</translation>
    </message>
    <message>
        <source>%1: metric: &quot;%2&quot; is not first_response or resolution</source>
        <translation>%1: metric: &quot;%2&quot; non è first_response o resolution</translation>
    </message>
    <message>
        <source>%1: within: %2</source>
        <translation>%1: within: %2</translation>
    </message>
    <message>
        <source>%1: within: must be more than zero</source>
        <translation>%1: within: deve essere maggiore di zero</translation>
    </message>
    <message>
        <source>%1: calendar: &quot;%2&quot; is not one of the calendars</source>
        <translation>%1: calendar: &quot;%2&quot; non è uno dei calendari</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;</source>
        <translation>calendario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The counterparty (id %1) is not in the workspace.</source>
        <translation>La controparte (id %1) non è nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>entro %1</translation>
    </message>
</context>
<context>
    <name>Accordo::BacktestDialog</name>
    <message>
        <source>Backtest — %1</source>
        <translation>Backtest — %1</translation>
    </message>
    <message>
        <source>How would these targets have done? The agreement&apos;s response and resolution targets, as they stand now, judged against the customer&apos;s tickets stored in this workspace, as if the agreement had been in force — in business time of each target&apos;s calendar.</source>
        <translation>Come sarebbero andati questi obiettivi? Gli obiettivi di risposta e di risoluzione dell&apos;accordo, così come sono ora, valutati sui ticket del cliente registrati in quest&apos;area di lavoro, come se l&apos;accordo fosse stato in vigore — in tempo lavorativo secondo il calendario di ciascun obiettivo.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <source>Over the &amp;last</source>
        <translation>Negli &amp;ultimi</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Obiettivo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>from %1 to %2 (UTC)</source>
        <translation>dal %1 al %2 (UTC)</translation>
    </message>
    <message>
        <source>Judging the stored tickets…</source>
        <translation>Valutazione dei ticket registrati…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Judging the stored tickets… %L1 so far</source>
        <translation>Valutazione dei ticket registrati… %L1 finora</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown.</source>
        <translation>Annullato: non viene mostrato nulla.</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>Il backtest non è riuscito: %1</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Tutti gli obiettivi</translation>
    </message>
    <message>
        <source>The agreement has no response or resolution target to backtest.</source>
        <translation>L&apos;accordo non ha obiettivi di risposta o di risoluzione da sottoporre a backtest.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no ticket to judge.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: nessun ticket da valutare.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 % of %Ln judged ticket(s) met</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: rispettato dal %2 % di %Ln ticket valutato</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: rispettato dal %2 % di %Ln ticket valutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) of other metrics (availability, satisfaction, custom) cannot be backtested on tickets and are left out.</source>
        <translation>
            <numerusform>%n obiettivo di altre metriche (disponibilità, soddisfazione, personalizzate) non si può verificare sui ticket ed è escluso.</numerusform>
            <numerusform>%n obiettivi di altre metriche (disponibilità, soddisfazione, personalizzate) non si possono verificare sui ticket e sono esclusi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Export Backtest</source>
        <translation>Esporta backtest</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>; below the goal of %1 % in %2 of %n month(s)</source>
        <translation>
            <numerusform>; sotto la soglia del %1 % in %2 mese su %n</numerusform>
            <numerusform>; sotto la soglia del %1 % in %2 mesi su %n</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mese</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Accordo::BacktestModel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No ticket was judged in this month: every one is still pending.</source>
        <translation>Nessun ticket valutato in questo mese: sono tutti ancora in sospeso.</translation>
    </message>
    <message>
        <source>Meets the goal of %1 %.</source>
        <translation>Raggiunge l&apos;obiettivo del %1 %.</translation>
    </message>
    <message>
        <source>Below the goal of %1 %.</source>
        <translation>Sotto l&apos;obiettivo del %1 %.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rispettati</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violati</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia</translation>
    </message>
</context>
<context>
    <name>Accordo::BusinessCalendar</name>
    <message>
        <source>%1 is not a day of the week</source>
        <translation>%1 non è un giorno della settimana</translation>
    </message>
    <message>
        <source>%1-%2 is not a working interval within a day</source>
        <translation>%1-%2 non è un intervallo lavorativo all&apos;interno di una giornata</translation>
    </message>
    <message>
        <source>%1-%2 overlaps %3-%4</source>
        <translation>%1-%2 si sovrappone a %3-%4</translation>
    </message>
    <message>
        <source>%1 of business time from %2 in calendar &quot;%3&quot; ends after %4, the last year Accordo supports</source>
        <translation>il periodo di %1 di tempo lavorativo da %2 nel calendario &quot;%3&quot; termina dopo il %4, l&apos;ultimo anno supportato da Accordo</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>inizio %1</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; has no working hours: no business time is ever due</source>
        <translation>il calendario &quot;%1&quot; non ha orario lavorativo: il tempo lavorativo non scorre mai</translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarBatchLine</name>
    <message>
        <source>&quot;%1&quot; is not a pause FROM/TO</source>
        <translation>&quot;%1&quot; non è una pausa FROM/TO</translation>
    </message>
    <message>
        <source>pause &quot;%1&quot; ends before it starts</source>
        <translation>la pausa &quot;%1&quot; termina prima di iniziare</translation>
    </message>
    <message>
        <source>expected START,DURATION</source>
        <translation>atteso START,DURATION</translation>
    </message>
    <message>
        <source>expected FROM,TO</source>
        <translation>atteso FROM,TO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after %2 is due after the years Accordo supports (%3 to %4)</source>
        <translation>la scadenza di &quot;%1&quot; dopo %2 cade oltre gli anni supportati da Accordo (dal %3 al %4)</translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarChoiceDialog</name>
    <message>
        <source>Standard Calendar</source>
        <translation>Calendario standard</translation>
    </message>
    <message>
        <source>Accordo measures targets in business time. Start the new workspace with the office calendar of a country: working hours from Monday to Friday and its public holidays. You can change it, or add others, under Calendars.</source>
        <translation>Accordo misura gli obiettivi in tempo lavorativo. Avvia la nuova area di lavoro con il calendario d&apos;ufficio di un paese: orario di lavoro dal lunedì al venerdì e festività nazionali. Puoi modificarlo, o aggiungerne altri, in Calendari.</translation>
    </message>
    <message>
        <source>None: I will add my own calendar</source>
        <translation>Nessuno: aggiungerò un calendario mio</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Create Workspace</source>
        <translation>&amp;Crea area di lavoro</translation>
    </message>
    <message>
        <source>The workspace starts without a calendar: add one under Calendars before you set targets in business hours.</source>
        <translation>L&apos;area di lavoro parte senza calendario: aggiungine uno in Calendari prima di fissare obiettivi in ore lavorative.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, time zone %2.&lt;br&gt;Monday to Friday %3.&lt;br&gt;%n public holiday(s): %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, fuso orario %2.&lt;br&gt;Dal lunedì al venerdì %3.&lt;br&gt;%n festività: %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, fuso orario %2.&lt;br&gt;Dal lunedì al venerdì %3.&lt;br&gt;%n festività: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarDialog</name>
    <message>
        <source>New calendar</source>
        <translation>Nuovo calendario</translation>
    </message>
    <message>
        <source>e.g. Italy office</source>
        <translation>ad es. Sede Italia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>I&amp;mporta JSON…</translation>
    </message>
    <message>
        <source>Replace everything in this dialog with a calendar JSON file</source>
        <translation>Sostituisce tutto il contenuto di questa finestra con un file JSON di calendario</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;sporta JSON…</translation>
    </message>
    <message>
        <source>Save this calendar as a JSON file for accordo-cli or another workspace</source>
        <translation>Salva questo calendario come file JSON per accordo-cli o per un&apos;altra area di lavoro</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>Settimana lavorativa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>Working hours in local time, e.g. 08:00-12:30, 13:30-17:00; 00:00-24:00 for the whole day; empty when closed</source>
        <translation>Orario lavorativo in ora locale, ad es. 08:00-12:30, 13:30-17:00; 00:00-24:00 per l&apos;intera giornata; vuoto se chiuso</translation>
    </message>
    <message>
        <source>Copy Monday to Tuesday–Friday</source>
        <translation>Copia il lunedì da martedì a venerdì</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festività</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;ggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;ca…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Import .&amp;ics…</source>
        <translation>Importa .&amp;ics…</translation>
    </message>
    <message>
        <source>Add the all-day events of an iCalendar file (e.g. a public holiday calendar) as one-day holidays</source>
        <translation>Aggiunge gli eventi di un&apos;intera giornata di un file iCalendar (ad es. un calendario delle festività nazionali) come festività di un giorno</translation>
    </message>
    <message>
        <source>Due date calculator</source>
        <translation>Calcolo della scadenza</translation>
    </message>
    <message>
        <source>Business time to add: 90m, 4h, 1h30m, PT4H, 2d (a day is 24 hours of business time)</source>
        <translation>Tempo lavorativo da aggiungere: 90m, 4h, 1h30m, PT4H, 2d (un giorno equivale a 24 ore di tempo lavorativo)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ini&amp;zio:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>Business time between two instants:</source>
        <translation>Tempo lavorativo tra due istanti:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Business time:</source>
        <translation>Tempo lavorativo:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval such as 08:00-12:30</source>
        <translation>&quot;%1&quot; non è un intervallo come 08:00-12:30</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: times go from 00:00 to 24:00</source>
        <translation>&quot;%1&quot;: gli orari vanno da 00:00 a 24:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts</source>
        <translation>&quot;%1&quot; termina prima di iniziare</translation>
    </message>
    <message>
        <source>Name: a calendar needs a name</source>
        <translation>Nome: un calendario deve avere un nome</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known IANA time zone</source>
        <translation>Fuso orario: &quot;%1&quot; non è un fuso orario IANA noto</translation>
    </message>
    <message>
        <source>Edit calendar %1</source>
        <translation>Modifica calendario %1</translation>
    </message>
    <message>
        <source>The stored definition does not read: %1</source>
        <translation>Impossibile leggere la definizione memorizzata: %1</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 a settimana</translation>
    </message>
    <message>
        <source>in %1 time</source>
        <translation>nel fuso orario %1</translation>
    </message>
    <message>
        <source>Fix first: %1</source>
        <translation>Correggi prima: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>“To” comes before “From”</source>
        <translation>“A” è precedente a “Da”</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1 (%2 ore)</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: non scritto: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n holiday(s) added</source>
        <translation>
            <numerusform>%1: aggiunta %n festività</numerusform>
            <numerusform>%1: aggiunte %n festività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed or cancelled event(s) skipped</source>
        <translation>
            <numerusform>%n evento con orario o annullato ignorato</numerusform>
            <numerusform>%n eventi con orario o annullati ignorati</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importa calendario</translation>
    </message>
    <message>
        <source>Calendar JSON (*.json);;All files (*)</source>
        <translation>Calendario JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Calendar JSON (*.json)</source>
        <translation>Calendario JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Importa festività</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Start: type a date and time</source>
        <translation>Inizio: digita una data e un&apos;ora</translation>
    </message>
    <message>
        <source>Type the dates and times of From and To.</source>
        <translation>Digita le date e le ore di Da e A.</translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarJson</name>
    <message>
        <source>unknown field</source>
        <translation>campo sconosciuto</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 non è una stringa</translation>
    </message>
    <message>
        <source>missing, expected an IANA zone such as Europe/Rome</source>
        <translation>mancante, atteso un fuso orario IANA come Europe/Rome</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>&quot;%1&quot; non è un fuso orario IANA noto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>atteso un array</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>atteso un oggetto</translation>
    </message>
    <message>
        <source>unknown weekday, expected mon, tue, wed, thu, fri, sat, sun</source>
        <translation>giorno della settimana sconosciuto, atteso mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>expected an array of intervals such as &quot;08:00-17:00&quot;</source>
        <translation>atteso un array di intervalli come &quot;08:00-17:00&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid interval (expected HH:MM-HH:MM from 00:00 to 24:00)</source>
        <translation>%1 non è un intervallo valido (atteso HH:MM-HH:MM da 00:00 a 24:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps %2[%3]</source>
        <translation>&quot;%1&quot; si sovrappone a %2[%3]</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;date&quot;, &quot;fixed&quot;, &quot;nth&quot;, &quot;easter&quot;</source>
        <translation>atteso esattamente uno tra &quot;date&quot;, &quot;fixed&quot;, &quot;nth&quot;, &quot;easter&quot;</translation>
    </message>
    <message>
        <source>does not belong to this kind of holiday</source>
        <translation>non appartiene a questo tipo di festività</translation>
    </message>
    <message>
        <source>%1 is not a date YYYY-MM-DD</source>
        <translation>%1 non è una data YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a day of the year MM-DD</source>
        <translation>%1 non è un giorno dell&apos;anno MM-DD</translation>
    </message>
    <message>
        <source>%1 is not one of &quot;none&quot;, &quot;nearest&quot;, &quot;monday&quot;</source>
        <translation>%1 non è uno tra &quot;none&quot;, &quot;nearest&quot;, &quot;monday&quot;</translation>
    </message>
    <message>
        <source>%1 is not 1 to 4, or -1 for the last</source>
        <translation>%1 non è un valore da 1 a 4, né -1 per l&apos;ultimo</translation>
    </message>
    <message>
        <source>%1 is not one of mon, tue, wed, thu, fri, sat, sun</source>
        <translation>%1 non è uno tra mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>%1 is not a month 1 to 12</source>
        <translation>%1 non è un mese da 1 a 12</translation>
    </message>
    <message>
        <source>%1 is not a day offset from -60 to 60</source>
        <translation>%1 non è uno scostamento in giorni da -60 a 60</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>errore di sintassi JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::CatalogueDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;ggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeAlertsUi</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Alerts (%1 new)</source>
        <translation>Avvisi (%1 nuovi)</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;vvisi</translation>
    </message>
    <message>
        <source>C&amp;hange Requests…</source>
        <translation>Ric&amp;hieste di modifica…</translation>
    </message>
    <message>
        <source>Every change request: submit, assess, accept or reject.</source>
        <translation>Tutte le richieste di modifica: invia, valuta, accetta o rifiuta.</translation>
    </message>
    <message>
        <source>Change Requests</source>
        <translation>Richieste di modifica</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeRequestDialog</name>
    <message>
        <source>New change request on %1</source>
        <translation>Nuova richiesta di modifica su %1</translation>
    </message>
    <message>
        <source>What is asked, and why</source>
        <translation>Cosa viene chiesto e perché</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Aggiungi obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Accordo:</translation>
    </message>
    <message>
        <source>%1 v%2 — %3</source>
        <translation>%1 v%2 — %3</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Richiesta &amp;da:</translation>
    </message>
    <message>
        <source>Requested o&amp;n:</source>
        <translation>Richiesta i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>&amp;Cosa viene chiesto:</translation>
    </message>
    <message>
        <source>Proposed targets:</source>
        <translation>Obiettivi proposti:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Say who asked for the change.</source>
        <translation>Indica chi ha chiesto la modifica.</translation>
    </message>
    <message>
        <source>Say what is asked.</source>
        <translation>Indica cosa viene chiesto.</translation>
    </message>
    <message>
        <source>%1 %2 %3 within %4, goal %5 %</source>
        <translation>%1 %2 %3 entro %4, soglia %5 %</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeRequestStore</name>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Valutata</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>change request %1: the proposed targets are not a list (%2)</source>
        <translation>richiesta di modifica %1: gli obiettivi proposti non sono un elenco (%2)</translation>
    </message>
    <message>
        <source>change request %1, proposed target %2: unknown metric &quot;%3&quot; or period &quot;%4&quot;</source>
        <translation>richiesta di modifica %1, obiettivo proposto %2: metrica &quot;%3&quot; o periodo &quot;%4&quot; sconosciuti</translation>
    </message>
    <message>
        <source>there is no change request %1</source>
        <translation>non esiste la richiesta di modifica %1</translation>
    </message>
    <message>
        <source>the change request</source>
        <translation>la richiesta di modifica</translation>
    </message>
    <message>
        <source>change request %1</source>
        <translation>richiesta di modifica %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeRequests</name>
    <message>
        <source>the change request was already accepted</source>
        <translation>la richiesta di modifica è già stata accettata</translation>
    </message>
    <message>
        <source>the change request was already rejected</source>
        <translation>la richiesta di modifica è già stata rifiutata</translation>
    </message>
    <message>
        <source>the change request has not been assessed yet: assess it first</source>
        <translation>la richiesta di modifica non è ancora stata valutata: valutala prima</translation>
    </message>
    <message>
        <source>change request: %1</source>
        <translation>richiesta di modifica: %1</translation>
    </message>
    <message>
        <source>change request on %1: who asked for it (requested by) is empty</source>
        <translation>richiesta di modifica su %1: chi la chiede (richiesta da) è vuoto</translation>
    </message>
    <message>
        <source>change request on %1: what is asked (the description) is empty</source>
        <translation>richiesta di modifica su %1: cosa viene chiesto (la descrizione) è vuoto</translation>
    </message>
    <message>
        <source>change request on %1: the request date is missing or not a date</source>
        <translation>richiesta di modifica su %1: la data della richiesta manca o non è una data</translation>
    </message>
    <message>
        <source>change request on %1, proposed target %2: %3</source>
        <translation>richiesta di modifica su %1, obiettivo proposto %2: %3</translation>
    </message>
    <message>
        <source>change request on %1, proposed target %2: service id %3 is not one of the agreement&apos;s services</source>
        <translation>richiesta di modifica su %1, obiettivo proposto %2: l&apos;id di servizio %3 non è tra i servizi dell&apos;accordo</translation>
    </message>
    <message>
        <source>Submit a change request</source>
        <translation>Invia una richiesta di modifica</translation>
    </message>
    <message>
        <source>change request %1: the feasibility assessment is empty</source>
        <translation>richiesta di modifica %1: la valutazione di fattibilità è vuota</translation>
    </message>
    <message>
        <source>Assess change request %1</source>
        <translation>Valuta la richiesta di modifica %1</translation>
    </message>
    <message>
        <source>change request %1 cannot be assessed: %2</source>
        <translation>impossibile valutare la richiesta di modifica %1: %2</translation>
    </message>
    <message>
        <source>Accept change request %1</source>
        <translation>Accetta la richiesta di modifica %1</translation>
    </message>
    <message>
        <source>change request %1 cannot be accepted: %2</source>
        <translation>impossibile accettare la richiesta di modifica %1: %2</translation>
    </message>
    <message>
        <source>change request %1</source>
        <translation>richiesta di modifica %1</translation>
    </message>
    <message>
        <source>change request %1: the proposed targets cannot be set on the amendment: %2</source>
        <translation>richiesta di modifica %1: impossibile impostare gli obiettivi proposti nell&apos;emendamento: %2</translation>
    </message>
    <message>
        <source>change request %1: a rejection needs a reason</source>
        <translation>richiesta di modifica %1: un rifiuto richiede un motivo</translation>
    </message>
    <message>
        <source>Reject change request %1</source>
        <translation>Rifiuta la richiesta di modifica %1</translation>
    </message>
    <message>
        <source>change request %1 cannot be rejected: %2</source>
        <translation>impossibile rifiutare la richiesta di modifica %1: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeRequestsModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Cosa viene chiesto</translation>
    </message>
    <message>
        <source>Proposed targets</source>
        <translation>Obiettivi proposti</translation>
    </message>
    <message>
        <source>Price effect</source>
        <translation>Effetto sul prezzo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>accepted by %1 on %2</source>
        <translation>accettata da %1 il %2</translation>
    </message>
    <message>
        <source>rejected by %1 on %2: %3</source>
        <translation>rifiutata da %1 il %2: %3</translation>
    </message>
</context>
<context>
    <name>Accordo::ChangeRequestsPanel</name>
    <message>
        <source>Filter change requests</source>
        <translation>Filtra richieste di modifica</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuova…</translation>
    </message>
    <message>
        <source>A&amp;ssess…</source>
        <translation>&amp;Valuta…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccetta</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ri&amp;fiuta…</translation>
    </message>
    <message>
        <source>Amend the agreement: the new draft version holds the proposed targets.</source>
        <translation>Emenda l&apos;accordo: la nuova versione in bozza contiene gli obiettivi proposti.</translation>
    </message>
    <message>
        <source>Change request %1 on %2 v%3, submitted by %4.</source>
        <translation>Richiesta di modifica %1 su %2 v%3, inviata da %4.</translation>
    </message>
    <message>
        <source>Assessed by %1: %2</source>
        <translation>Valutata da %1: %2</translation>
    </message>
    <message>
        <source>Backtest, last twelve months: %1: %2 of %3 met (%4 %), goal %5 %</source>
        <translation>Backtest, ultimi dodici mesi: %1: %2 su %3 rispettati (%4 %), soglia %5 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>The amendment draft holds the proposed targets.</source>
        <translation>La bozza dell&apos;emendamento contiene gli obiettivi proposti.</translation>
    </message>
    <message>
        <source>New change request</source>
        <translation>Nuova richiesta di modifica</translation>
    </message>
    <message>
        <source>Assess change request</source>
        <translation>Valuta richiesta di modifica</translation>
    </message>
    <message>
        <source>Accept change request</source>
        <translation>Accetta richiesta di modifica</translation>
    </message>
    <message>
        <source>Accept change request %1? %2 is amended: a new draft version with the proposed targets is opened.</source>
        <translation>Accettare la richiesta di modifica %1? %2 viene emendato: si apre una nuova versione in bozza con gli obiettivi proposti.</translation>
    </message>
    <message>
        <source>Reject change request</source>
        <translation>Rifiuta richiesta di modifica</translation>
    </message>
    <message>
        <source>Why is change request %1 rejected?</source>
        <translation>Perché la richiesta di modifica %1 viene rifiutata?</translation>
    </message>
</context>
<context>
    <name>Accordo::ChartBuilder</name>
    <message>
        <source>Compliance against the goal</source>
        <translation>Conformità rispetto alla soglia</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia di conformità</translation>
    </message>
    <message>
        <source>%1: compliance %2</source>
        <translation>%1: conformità %2</translation>
    </message>
    <message>
        <source>%1: goal %2</source>
        <translation>%1: soglia %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilità</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Soddisfazione del cliente (CSAT)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ticket volume and forecast</source>
        <translation>Volume dei ticket e previsione</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>%1: %2 tickets</source>
        <translation>%1: %2 ticket</translation>
    </message>
    <message>
        <source>%1: %2 tickets forecast</source>
        <translation>%1: %2 ticket previsti</translation>
    </message>
    <message numerus="yes">
        <source>%1: compliance %2, %n breach(es)</source>
        <translation>
            <numerusform>%1: conformità %2, %n violazione</numerusform>
            <numerusform>%1: conformità %2, %n violazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurata</translation>
    </message>
    <message>
        <source>cut at %1 %</source>
        <translation>taglio al %1 %</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Sotto la soglia</translation>
    </message>
    <message>
        <source>%1: %2 is below the goal of %3</source>
        <translation>%1: %2 è sotto la soglia di %3</translation>
    </message>
    <message>
        <source>Ticket compliance (%)</source>
        <translation>Conformità dei ticket (%)</translation>
    </message>
    <message>
        <source>Breached results</source>
        <translation>Risultati violati</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n breached result(s), compliance %2</source>
        <translation>
            <numerusform>%1: %n risultato violato, conformità %2</numerusform>
            <numerusform>%1: %n risultati violati, conformità %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Breached results (agreement × target)</source>
        <translation>Risultati violati (accordo × obiettivo)</translation>
    </message>
    <message>
        <source>%1: none in the period</source>
        <translation>%1: nessuno nel periodo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violato</translation>
    </message>
    <message>
        <source>%1: threshold %2</source>
        <translation>%1: limite %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 breached the threshold of %3</source>
        <translation>%1: %2 ha violato il limite di %3</translation>
    </message>
    <message>
        <source>%1, cut at %2</source>
        <translation>%1, tagliato a %2</translation>
    </message>
</context>
<context>
    <name>Accordo::ChartView</name>
    <message>
        <source>Save Chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copia grafico</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Salva grafico con nome…</translation>
    </message>
</context>
<context>
    <name>Accordo::ClauseDialog</name>
    <message>
        <source>New Clause</source>
        <translation>Nuova clausola</translation>
    </message>
    <message>
        <source>e.g. escalation.contacts</source>
        <translation>ad es. escalation.contacts</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>I&amp;nglese</translation>
    </message>
    <message>
        <source>&amp;Italian</source>
        <translation>&amp;Italiano</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clausola %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ClauseLibraryModel</name>
    <message>
        <source>Filled from the agreement: %1</source>
        <translation>Compilato dall&apos;accordo: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titolo (inglese)</translation>
    </message>
    <message>
        <source>Title (Italian)</source>
        <translation>Titolo (italiano)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Segnaposto</translation>
    </message>
</context>
<context>
    <name>Accordo::ClauseLibraryWindow</name>
    <message>
        <source>Clause Library</source>
        <translation>Libreria delle clausole</translation>
    </message>
    <message>
        <source>&amp;Clauses</source>
        <translation>&amp;Clausole</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modelli</translation>
    </message>
    <message>
        <source>Filter by key, title or placeholder</source>
        <translation>Filtra per chiave, titolo o segnaposto</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Changing the clause library</source>
        <translation>Modifica della libreria delle clausole</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Visualizza…</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>Elimina clausola</translation>
    </message>
    <message>
        <source>Delete the clause &quot;%1&quot; (%2) from the library?

Agreement versions that hold it keep their own copy.</source>
        <translation>Eliminare la clausola &quot;%1&quot; (%2) dalla libreria?

Le versioni degli accordi che la contengono ne conservano una propria copia.</translation>
    </message>
</context>
<context>
    <name>Accordo::ClauseStore</name>
    <message>
        <source>the clause library has no clause &quot;%1&quot;</source>
        <translation>la libreria delle clausole non contiene la clausola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a clause needs a key</source>
        <translation>una clausola deve avere una chiave</translation>
    </message>
    <message>
        <source>clause &quot;%1&quot; (%2)</source>
        <translation>clausola &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1, field title: the title is missing</source>
        <translation>%1, campo titolo: manca il titolo</translation>
    </message>
    <message>
        <source>%1, field body: the text is missing</source>
        <translation>%1, campo testo: manca il testo</translation>
    </message>
    <message>
        <source>Clause &quot;%1&quot;</source>
        <translation>Clausola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the clause library has no clause with id %1</source>
        <translation>la libreria delle clausole non contiene alcuna clausola con id %1</translation>
    </message>
    <message>
        <source>%1 is used by the template &quot;%2&quot;, section &quot;%3&quot;: remove it there first</source>
        <translation>%1 è usata dal modello &quot;%2&quot;, sezione &quot;%3&quot;: rimuovila prima da lì</translation>
    </message>
    <message>
        <source>document template %1: unknown kind &quot;%2&quot;</source>
        <translation>modello di documento %1: tipo &quot;%2&quot; sconosciuto</translation>
    </message>
    <message>
        <source>document template %1</source>
        <translation>modello di documento %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>modello %1</translation>
    </message>
    <message>
        <source>%1 (%2), field name: the name is missing</source>
        <translation>%1 (%2), campo nome: manca il nome</translation>
    </message>
    <message>
        <source>%1: a section has no key</source>
        <translation>%1: una sezione non ha una chiave</translation>
    </message>
    <message>
        <source>%1: the section &quot;%2&quot; appears twice</source>
        <translation>%1: la sezione &quot;%2&quot; compare due volte</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot; (%3): the title is missing</source>
        <translation>%1, sezione &quot;%2&quot; (%3): manca il titolo</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;: the clause library has no clause &quot;%3&quot;</source>
        <translation>%1, sezione &quot;%2&quot;: la libreria delle clausole non contiene la clausola &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Document template &quot;%1&quot;</source>
        <translation>Modello di documento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing</source>
        <translation>manca il nome del fornitore</translation>
    </message>
    <message>
        <source>The provider&apos;s name</source>
        <translation>Il nome del fornitore</translation>
    </message>
    <message>
        <source>%1: the stored sections are not a JSON list (%2)</source>
        <translation>%1: le sezioni memorizzate non sono un elenco JSON (%2)</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli</name>
    <message>
        <source>field %1: </source>
        <translation>campo %1: </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Calendar JSON file.</source>
        <translation>File JSON del calendario.</translation>
    </message>
    <message>
        <source>Start instant (due).</source>
        <translation>Istante di inizio (due).</translation>
    </message>
    <message>
        <source>Business duration to add (due).</source>
        <translation>Durata lavorativa da aggiungere (due).</translation>
    </message>
    <message>
        <source>First instant (elapsed).</source>
        <translation>Primo istante (elapsed).</translation>
    </message>
    <message>
        <source>Last instant, excluded (elapsed).</source>
        <translation>Ultimo istante, escluso (elapsed).</translation>
    </message>
    <message>
        <source>Read input lines from a file, or - for stdin.</source>
        <translation>Legge le righe di input da un file, oppure da - per lo standard input.</translation>
    </message>
    <message>
        <source>Stop the clock during FROM/TO; may be repeated.</source>
        <translation>Ferma il conteggio durante FROM/TO; ripetibile.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argomento inatteso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes --%2 and --%3</source>
        <translation>%1 richiede --%2 e --%3</translation>
    </message>
    <message>
        <source>missing --calendar FILE.json</source>
        <translation>manca --calendar FILE.json</translation>
    </message>
    <message>
        <source>give either --%1 and --%2, or --batch</source>
        <translation>indica --%1 e --%2, oppure --batch</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Calendar JSON file to import.</source>
        <translation>File JSON del calendario da importare.</translation>
    </message>
    <message>
        <source>Name of the calendar to export.</source>
        <translation>Nome del calendario da esportare.</translation>
    </message>
    <message>
        <source>Write the JSON here instead of stdout.</source>
        <translation>Scrive il JSON qui anziché su stdout.</translation>
    </message>
    <message>
        <source>import needs --db FILE and --file CAL.json</source>
        <translation>import richiede --db FILE e --file CAL.json</translation>
    </message>
    <message>
        <source>export needs --db FILE and --name NAME</source>
        <translation>export richiede --db FILE e --name NAME</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 non accetta --%2</translation>
    </message>
    <message>
        <source>%1: name: the calendar needs a name to be stored</source>
        <translation>%1: name: il calendario deve avere un nome per essere memorizzato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updated calendar &quot;%1&quot; in %2
</source>
        <translation>Aggiornato il calendario &quot;%1&quot; in %2
</translation>
    </message>
    <message>
        <source>Added calendar &quot;%1&quot; to %2
</source>
        <translation>Aggiunto il calendario &quot;%1&quot; a %2
</translation>
    </message>
    <message>
        <source>%1: there is no calendar named &quot;%2&quot; (the workspace has: %3)</source>
        <translation>%1: non esiste alcun calendario chiamato &quot;%2&quot; (l&apos;area di lavoro contiene: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>expected a command: due, elapsed, import or export</source>
        <translation>atteso un comando: due, elapsed, import o export</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;, expected due, elapsed, import or export</source>
        <translation>comando sconosciuto &quot;%1&quot;, atteso due, elapsed, import o export</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use table, csv or json)</source>
        <translation>formato sconosciuto &quot;%1&quot; (usa table, csv o json)</translation>
    </message>
    <message>
        <source>Usage: accordo-cli calendar due --calendar FILE.json --start ISO --add DURATION
       accordo-cli calendar elapsed --calendar FILE.json --from ISO --to ISO
       accordo-cli calendar due|elapsed --calendar FILE.json --batch FILE|-
       accordo-cli calendar import --db FILE --file CAL.json --user NAME
       accordo-cli calendar export --db FILE --name NAME [--out CAL.json]

due prints the earliest instant at which DURATION of business time has passed
since START; elapsed prints the business seconds in [FROM, TO).
Instants are ISO 8601 (2026-11-30T10:00:00Z, 2026-11-30T11:00+01:00); without
an offset they are local to the calendar. Durations: 90m, 4h, 1h30m, 45s, PT4H,
P1DT2H (a day is 24 hours of business time). Results are in UTC.
Batch lines are START,DURATION (due) or FROM,TO (elapsed), optionally followed
by pauses ,PAUSEFROM/PAUSETO; one result per line, in order.
import stores a calendar in a workspace, replacing the one of the same name;
export writes a stored calendar as JSON (to stdout without --out).
</source>
        <translation>Uso: accordo-cli calendar due --calendar FILE.json --start ISO --add DURATION
     accordo-cli calendar elapsed --calendar FILE.json --from ISO --to ISO
     accordo-cli calendar due|elapsed --calendar FILE.json --batch FILE|-
     accordo-cli calendar import --db FILE --file CAL.json --user NAME
     accordo-cli calendar export --db FILE --name NAME [--out CAL.json]

due stampa il primo istante in cui è trascorsa DURATION di tempo lavorativo
da START; elapsed stampa i secondi lavorativi in [FROM, TO).
Gli istanti sono ISO 8601 (2026-11-30T10:00:00Z, 2026-11-30T11:00+01:00); senza
offset sono nell&apos;ora locale del calendario. Durate: 90m, 4h, 1h30m, 45s, PT4H,
P1DT2H (un giorno sono 24 ore di tempo lavorativo). Risultati in UTC.
Le righe di --batch sono START,DURATION (due) o FROM,TO (elapsed), seguite
facoltativamente da pause ,PAUSEFROM/PAUSETO; un risultato per riga, in ordine.
import memorizza un calendario in un&apos;area di lavoro, sostituendo l&apos;omonimo;
export scrive un calendario memorizzato come JSON (su stdout senza --out).
</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::ChangeCommands</name>
    <message>
        <source>The change request&apos;s id.</source>
        <translation>L&apos;id della richiesta di modifica.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: write SERVICE:METRIC:THRESHOLD:GOAL[:PRIORITY], e.g. DESK:resolution:4h:95:P1</source>
        <translation>--target &quot;%1&quot;: scrivi SERVIZIO:METRICA:LIMITE:SOGLIA[:PRIORITÀ], ad es. DESK:resolution:4h:95:P1</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: there is no service with code &quot;%2&quot;</source>
        <translation>--target &quot;%1&quot;: non esiste alcun servizio con codice &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date</source>
        <translation>--since: &quot;%1&quot; non è una data</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>say list, submit, assess, accept or reject (not &quot;%1&quot;)</source>
        <translation>indica list, submit, assess, accept o reject (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>List the change requests: all of them, or those of one agreement.</source>
        <translation>Elenca le richieste di modifica: tutte o quelle di un accordo.</translation>
    </message>
    <message>
        <source>Only this agreement number.</source>
        <translation>Solo questo numero di accordo.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>Record a change request on an agreement.</source>
        <translation>Registra una richiesta di modifica su un accordo.</translation>
    </message>
    <message>
        <source>The agreement number (its newest version).</source>
        <translation>Il numero dell&apos;accordo (la sua versione più recente).</translation>
    </message>
    <message>
        <source>customer (default) or internal.</source>
        <translation>customer (predefinito) o internal.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>Who asked for the change.</source>
        <translation>Chi ha chiesto la modifica.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>When it was asked (default: today).</source>
        <translation>Quando è stata chiesta (predefinito: oggi).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>What is asked.</source>
        <translation>Cosa viene chiesto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>A proposed target, SERVICE:METRIC:THRESHOLD:GOAL[:PRIORITY] (repeatable).</source>
        <translation>Un obiettivo proposto, SERVIZIO:METRICA:LIMITE:SOGLIA[:PRIORITÀ] (ripetibile).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>--db FILE and --number NUMBER are required</source>
        <translation>--db FILE e --number NUMERO sono obbligatori</translation>
    </message>
    <message>
        <source>--origin: say customer or internal, not &quot;%1&quot;</source>
        <translation>--origin: indica customer o internal, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--on: &quot;%1&quot; is not a date like 2026-03-31</source>
        <translation>--on: &quot;%1&quot; non è una data come 2026-03-31</translation>
    </message>
    <message>
        <source>Change request %1 submitted on %2.</source>
        <translation>Richiesta di modifica %1 inviata su %2.</translation>
    </message>
    <message>
        <source>Assess a change request: feasibility, the effect on the monthly price, and a backtest of its proposed targets on the stored tickets of the last twelve months.</source>
        <translation>Valuta una richiesta di modifica: fattibilità, effetto sul prezzo mensile e backtest degli obiettivi proposti sui ticket memorizzati degli ultimi dodici mesi.</translation>
    </message>
    <message>
        <source>Accept an assessed change request: the agreement is amended and the new draft version holds the proposed targets.</source>
        <translation>Accetta una richiesta di modifica valutata: l&apos;accordo viene emendato e la nuova versione in bozza contiene gli obiettivi proposti.</translation>
    </message>
    <message>
        <source>Reject a change request, with the reason.</source>
        <translation>Rifiuta una richiesta di modifica, indicando il motivo.</translation>
    </message>
    <message>
        <source>The feasibility assessment.</source>
        <translation>La valutazione di fattibilità.</translation>
    </message>
    <message>
        <source>The change of the monthly price, e.g. 150.00 or -20 (default 0).</source>
        <translation>La variazione del prezzo mensile, ad es. 150.00 o -20 (predefinito 0).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>Perché viene rifiutata.</translation>
    </message>
    <message>
        <source>The date of the step (default: today).</source>
        <translation>La data del passaggio (predefinito: oggi).</translation>
    </message>
    <message>
        <source>--db FILE and --id ID are required</source>
        <translation>--db FILE e --id ID sono obbligatori</translation>
    </message>
    <message>
        <source>--id: &quot;%1&quot; is not an id</source>
        <translation>--id: &quot;%1&quot; non è un id</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date like 2026-03-31</source>
        <translation>--today: &quot;%1&quot; non è una data come 2026-03-31</translation>
    </message>
    <message>
        <source>--price-effect: %1</source>
        <translation>--price-effect: %1</translation>
    </message>
    <message>
        <source>--price-effect: the agreement is priced in %1, not %2</source>
        <translation>--price-effect: l&apos;accordo è in %1, non in %2</translation>
    </message>
    <message>
        <source>Change request %1 assessed.</source>
        <translation>Richiesta di modifica %1 valutata.</translation>
    </message>
    <message>
        <source>  backtest: %1: %2 of %3 decided tickets met (%4 %), goal %5 %</source>
        <translation>  backtest: %1: %2 su %3 ticket decisi rispettati (%4 %), soglia %5 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Change request %1 accepted: %2 version %3 is the amendment draft.</source>
        <translation>Richiesta di modifica %1 accettata: %2 versione %3 è la bozza dell&apos;emendamento.</translation>
    </message>
    <message>
        <source>Change request %1 rejected.</source>
        <translation>Richiesta di modifica %1 rifiutata.</translation>
    </message>
    <message>
        <source>Raise the alerts that have arisen for the users&apos; rules, then list the user&apos;s alerts: those raised since --since, or else those not seen yet. Exits with 3 when it lists any, so that a scheduled job can mail or post them.</source>
        <translation>Genera gli avvisi scaturiti dalle regole degli utenti, poi elenca gli avvisi dell&apos;utente: quelli generati da --since o, altrimenti, quelli non ancora visti. Esce con 3 se ne elenca qualcuno, così che un job pianificato possa inviarli per e-mail o pubblicarli.</translation>
    </message>
    <message>
        <source>Only alerts raised at or after this ISO 8601 date or instant (UTC unless it names its offset).</source>
        <translation>Solo gli avvisi generati in questa data o istante ISO 8601 o successivamente (UTC se non indica il proprio offset).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>--format: say text, csv or json, not &quot;%1&quot;</source>
        <translation>--format: indica text, csv o json, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say add, list or remove (not &quot;%1&quot;)</source>
        <translation>indica add, list o remove (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Add an alert rule: which events a user is told of, for which agreements. Events: %1.</source>
        <translation>Aggiunge una regola di avviso: di quali eventi viene informato un utente e per quali accordi. Eventi: %1.</translation>
    </message>
    <message>
        <source>Whose rule it is (default: --user).</source>
        <translation>A chi appartiene la regola (predefinito: --user).</translation>
    </message>
    <message>
        <source>The event.</source>
        <translation>L&apos;evento.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>all (default), owner or customer.</source>
        <translation>all (predefinito), owner o customer.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>AMBITO</translation>
    </message>
    <message>
        <source>The customer, for --scope customer.</source>
        <translation>Il cliente, per --scope customer.</translation>
    </message>
    <message>
        <source>Reviews and renewals due within this many days (default 30).</source>
        <translation>Revisioni e rinnovi previsti entro questo numero di giorni (predefinito 30).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>GIORNI</translation>
    </message>
    <message>
        <source>--db FILE and --event EVENT are required</source>
        <translation>--db FILE e --event EVENTO sono obbligatori</translation>
    </message>
    <message>
        <source>--event: &quot;%1&quot; is not one of %2</source>
        <translation>--event: &quot;%1&quot; non è tra %2</translation>
    </message>
    <message>
        <source>--scope: say all, owner or customer, not &quot;%1&quot;</source>
        <translation>--scope: indica all, owner o customer, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a number of days</source>
        <translation>--within: &quot;%1&quot; non è un numero di giorni</translation>
    </message>
    <message>
        <source>--customer: there is no customer &quot;%1&quot;</source>
        <translation>--customer: non esiste il cliente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Alert rule %1 added for %2.</source>
        <translation>Regola di avviso %1 aggiunta per %2.</translation>
    </message>
    <message>
        <source>List the alert rules, of everyone or of one user.</source>
        <translation>Elenca le regole di avviso, di tutti o di un utente.</translation>
    </message>
    <message>
        <source>Only this user&apos;s rules.</source>
        <translation>Solo le regole di questo utente.</translation>
    </message>
    <message>
        <source>Remove an alert rule.</source>
        <translation>Rimuove una regola di avviso.</translation>
    </message>
    <message>
        <source>The rule&apos;s id.</source>
        <translation>L&apos;id della regola.</translation>
    </message>
    <message>
        <source>Alert rule %1 removed.</source>
        <translation>Regola di avviso %1 rimossa.</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::Commands</name>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create a new workspace (or upgrade an existing one).</source>
        <translation>Crea una nuova area di lavoro (o aggiorna una esistente).</translation>
    </message>
    <message>
        <source>Fill the new workspace with demo data.</source>
        <translation>Popola la nuova area di lavoro con dati dimostrativi.</translation>
    </message>
    <message>
        <source>Multiply the demo volume by N (1000: about 68,000 agreements).</source>
        <translation>Moltiplica il volume dei dati dimostrativi per N (1000: circa 68.000 accordi).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>init: unexpected argument &quot;%1&quot;</source>
        <translation>init: argomento inatteso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>init: --db FILE is required</source>
        <translation>init: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>init: --scale must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation>init: --scale deve essere un numero intero da 1 a 10000, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>init: --scale only applies with --demo</source>
        <translation>init: --scale si applica solo con --demo</translation>
    </message>
    <message>
        <source>%1: the workspace already holds data; demo data goes into a new, empty workspace</source>
        <translation>%1: l&apos;area di lavoro contiene già dati; i dati dimostrativi vanno in un&apos;area di lavoro nuova e vuota</translation>
    </message>
    <message>
        <source>Creating demo data: %1 %</source>
        <translation>Creazione dei dati dimostrativi: %1 %</translation>
    </message>
    <message>
        <source>%1: demo data could not be created: %2</source>
        <translation>%1: impossibile creare i dati dimostrativi: %2</translation>
    </message>
    <message>
        <source>Created %1 with %2 customers, %3 services, %4 agreements and %5 targets.</source>
        <translation>Creata l&apos;area di lavoro %1 con %2 clienti, %3 servizi, %4 accordi e %5 obiettivi.</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema version %2).</source>
        <translation>L&apos;area di lavoro %1 è pronta (versione dello schema %2).</translation>
    </message>
    <message>
        <source>List the records of a workspace.</source>
        <translation>Elenca i record di un&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>customers, services or agreements</source>
        <translation>customers, services o agreements</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Formato di output: table, csv o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>list: say what to list: customers, services or agreements</source>
        <translation>list: indica cosa elencare: customers, services o agreements</translation>
    </message>
    <message>
        <source>list: unknown format &quot;%1&quot; (use table, csv or json)</source>
        <translation>list: formato sconosciuto &quot;%1&quot; (usa table, csv o json)</translation>
    </message>
    <message>
        <source>list: --db FILE is required</source>
        <translation>list: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>list: unknown list &quot;%1&quot; (use customers, services or agreements)</source>
        <translation>list: elenco sconosciuto &quot;%1&quot; (usa customers, services o agreements)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The agreement number, e.g. SLA-2026-0001.</source>
        <translation>Il numero dell&apos;accordo, ad es. SLA-2026-0001.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>--version must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--version deve essere un numero intero positivo, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 deve essere una data come 2026-03-31, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Show an agreement version with its lifecycle, and what the acting user may do with it.</source>
        <translation>Mostra una versione di un accordo con il suo ciclo di vita e le azioni che l&apos;utente che agisce può compiere.</translation>
    </message>
    <message>
        <source>The version (default: the newest).</source>
        <translation>La versione (predefinita: la più recente).</translation>
    </message>
    <message>
        <source>agreement show: --db FILE and --number NUMBER are required</source>
        <translation>agreement show: --db FILE e --number NUMERO sono obbligatori</translation>
    </message>
    <message>
        <source>Agreement %1 version %2: %3</source>
        <translation>Accordo %1 versione %2: %3</translation>
    </message>
    <message>
        <source>  status:        %1</source>
        <translation>  stato:              %1</translation>
    </message>
    <message>
        <source>  counterparty:  %1</source>
        <translation>  controparte:        %1</translation>
    </message>
    <message>
        <source>  term:          %1 to %2, review every %3 months, notice %4 days</source>
        <translation>  durata:             %1 – %2, revisione ogni %3 mesi, preavviso di %4 giorni</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>a tempo indeterminato</translation>
    </message>
    <message>
        <source>  price:         %1 %2</source>
        <translation>  prezzo:             %1 %2</translation>
    </message>
    <message>
        <source>  services:      %1</source>
        <translation>  servizi:            %1</translation>
    </message>
    <message>
        <source>  targets:       %1</source>
        <translation>  obiettivi:          %1</translation>
    </message>
    <message>
        <source>  needs:         %1</source>
        <translation>  esigenze:           %1</translation>
    </message>
    <message>
        <source>  requirement:   %1</source>
        <translation>  requisito:          %1</translation>
    </message>
    <message>
        <source>  delivery:      %1</source>
        <translation>  erogazione:         %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approvato da %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rifiutato da %1</translation>
    </message>
    <message>
        <source>  approver:      %1 %2%3 — %4</source>
        <translation>  approvatore:        %1 %2%3 — %4</translation>
    </message>
    <message>
        <source>  signed:        %1, %2, registered as %3, by %4</source>
        <translation>  firmato:            %1, %2, registrato come %3, da %4</translation>
    </message>
    <message>
        <source>  terminated:    effective %1: %2</source>
        <translation>  terminato:          con effetto dal %1: %2</translation>
    </message>
    <message>
        <source>  amends:        version %1</source>
        <translation>  emenda:             versione %1</translation>
    </message>
    <message>
        <source>  superseded by: version %1</source>
        <translation>  sostituito da:      versione %1</translation>
    </message>
    <message>
        <source>  next review:   %1</source>
        <translation>  prossima revisione: %1</translation>
    </message>
    <message>
        <source>  notice by:     %1</source>
        <translation>  preavviso entro:    %1</translation>
    </message>
    <message>
        <source>  edited by:     %1</source>
        <translation>  modificato da:      %1</translation>
    </message>
    <message>
        <source>  history:       %1 %2 %3 -&gt; %4 by %5%6</source>
        <translation>  cronologia:         %1 %2 %3 -&gt; %4 da %5%6</translation>
    </message>
    <message>
        <source>  may:           %1</source>
        <translation>  consentito:         %1</translation>
    </message>
    <message>
        <source>Move an agreement along its workflow. --to takes the target state (negotiation, draft, approval, active, terminated, expired) or a step (submit, rework, request_approval, approve, reject, sign, amend, terminate, expire).</source>
        <translation>Fa avanzare un accordo nel suo workflow. --to accetta lo stato di destinazione (negotiation, draft, approval, active, terminated, expired) o un passaggio (submit, rework, request_approval, approve, reject, sign, amend, terminate, expire).</translation>
    </message>
    <message>
        <source>The target state or the step.</source>
        <translation>Lo stato di destinazione o il passaggio.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>Why (required to reject or terminate).</source>
        <translation>La motivazione (obbligatoria per rifiutare o terminare).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Signing date, or effective date of a termination (YYYY-MM-DD).</source>
        <translation>Data di firma, o data di efficacia di una cessazione (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Signing method: handwritten, electronic or qualified_electronic.</source>
        <translation>Metodo di firma: handwritten, electronic o qualified_electronic.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODO</translation>
    </message>
    <message>
        <source>A signatory as provider:NAME[:TITLE] or counterparty:NAME[:TITLE]; repeat for each.</source>
        <translation>Un firmatario nella forma provider:NOME[:TITOLO] o counterparty:NOME[:TITOLO]; ripetere per ciascuno.</translation>
    </message>
    <message>
        <source>SIDE:NAME</source>
        <translation>PARTE:NOME</translation>
    </message>
    <message>
        <source>Evaluate the guards as of this date.</source>
        <translation>Valuta le condizioni alla data indicata.</translation>
    </message>
    <message>
        <source>agreement transition: --db, --number, --to and --user are required</source>
        <translation>agreement transition: --db, --number, --to e --user sono obbligatori</translation>
    </message>
    <message>
        <source>--signatory must look like provider:NAME or counterparty:NAME, not &quot;%1&quot;</source>
        <translation>--signatory deve avere la forma provider:NOME o counterparty:NOME, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 version %2 is in %3: no step leads from there to %4</source>
        <translation>%1 versione %2 è nello stato %3: nessun passaggio porta da lì a %4</translation>
    </message>
    <message>
        <source>agreement transition: --to &quot;%1&quot; is neither a state nor a step</source>
        <translation>agreement transition: --to &quot;%1&quot; non è né uno stato né un passaggio</translation>
    </message>
    <message>
        <source>%1 version %2 is now %3.</source>
        <translation>%1 versione %2 è ora nello stato %3.</translation>
    </message>
    <message>
        <source>Compare two versions of an agreement field by field and target by target.</source>
        <translation>Confronta due versioni di un accordo campo per campo e obiettivo per obiettivo.</translation>
    </message>
    <message>
        <source>The older version (default: the one before --to).</source>
        <translation>La versione meno recente (predefinita: quella precedente a --to).</translation>
    </message>
    <message>
        <source>The newer version (default: the newest).</source>
        <translation>La versione più nuova (predefinita: la più recente).</translation>
    </message>
    <message>
        <source>agreement diff: --db FILE and --number NUMBER are required</source>
        <translation>agreement diff: --db FILE e --number NUMERO sono obbligatori</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>nessuna differenza</translation>
    </message>
    <message>
        <source>List the reviews and renewals of active agreements due within a number of days.</source>
        <translation>Elenca le revisioni e i rinnovi degli accordi attivi in scadenza entro un certo numero di giorni.</translation>
    </message>
    <message>
        <source>The window in days (30, 60, 90, ...).</source>
        <translation>L&apos;intervallo in giorni (30, 60, 90, ...).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>GIORNI</translation>
    </message>
    <message>
        <source>Count from this date.</source>
        <translation>Conta a partire da questa data.</translation>
    </message>
    <message>
        <source>agreement due: --db FILE is required</source>
        <translation>agreement due: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>--within must be a number of days from 0 to 3650</source>
        <translation>--within deve essere un numero di giorni da 0 a 3650</translation>
    </message>
    <message>
        <source>review   %1  %2 v%3  %4</source>
        <translation>revisione  %1  %2 v%3  %4</translation>
    </message>
    <message>
        <source>renewal  %1  %2 v%3  %4  (notice by %5)</source>
        <translation>rinnovo    %1  %2 v%3  %4  (preavviso entro %5)</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>compromessa: %1</translation>
    </message>
    <message>
        <source>user: say add or list (not &quot;%1&quot;)</source>
        <translation>user: indica add o list (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Add a user to the workspace.</source>
        <translation>Aggiunge un utente all&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>List the users of the workspace.</source>
        <translation>Elenca gli utenti dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The new user&apos;s login name.</source>
        <translation>Il nome di accesso del nuovo utente.</translation>
    </message>
    <message>
        <source>The name people read.</source>
        <translation>Il nome visualizzato.</translation>
    </message>
    <message>
        <source>A role: sla_manager, approver, executive, analyst or administrator; repeat or separate with commas.</source>
        <translation>Un ruolo: sla_manager, approver, executive, analyst o administrator; ripetere l&apos;opzione o separare i ruoli con virgole.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RUOLO</translation>
    </message>
    <message>
        <source>user %1: --db FILE is required</source>
        <translation>user %1: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>user add: --name NAME and --role ROLE are required</source>
        <translation>user add: --name NOME e --role RUOLO sono obbligatori</translation>
    </message>
    <message>
        <source>user add: unknown role &quot;%1&quot;</source>
        <translation>user add: ruolo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utente %1 aggiunto.</translation>
    </message>
    <message>
        <source>Record the requirements charter of a draft or negotiation: the customer&apos;s needs, the structured requirements and the delivery options discussed.</source>
        <translation>Registra il capitolato dei requisiti di un accordo in bozza o in negoziazione: le esigenze del cliente, i requisiti strutturati e le opzioni di erogazione discusse.</translation>
    </message>
    <message>
        <source>The customer&apos;s needs in words.</source>
        <translation>Le esigenze del cliente, descritte a parole.</translation>
    </message>
    <message>
        <source>A requirement; repeat for each.</source>
        <translation>Un requisito; ripetere per ciascuno.</translation>
    </message>
    <message>
        <source>A delivery option discussed; repeat for each.</source>
        <translation>Un&apos;opzione di erogazione discussa; ripetere per ciascuna.</translation>
    </message>
    <message>
        <source>agreement charter: --db FILE, --number NUMBER and --user NAME are required</source>
        <translation>agreement charter: --db FILE, --number NUMERO e --user NOME sono obbligatori</translation>
    </message>
    <message>
        <source>%1: requirements charter recorded.</source>
        <translation>%1: capitolato dei requisiti registrato.</translation>
    </message>
    <message>
        <source>Set who must approve an agreement: at least one provider role and the counterparty&apos;s representative.</source>
        <translation>Definisce chi deve approvare un accordo: almeno un ruolo del fornitore e il rappresentante della controparte.</translation>
    </message>
    <message>
        <source>A required approver as provider:TITLE[:USER] or counterparty:TITLE[:USER]; repeat for each.</source>
        <translation>Un approvatore richiesto nella forma provider:TITOLO[:UTENTE] o counterparty:TITOLO[:UTENTE]; ripetere per ciascuno.</translation>
    </message>
    <message>
        <source>SIDE:TITLE</source>
        <translation>PARTE:TITOLO</translation>
    </message>
    <message>
        <source>agreement approvers: --db FILE, --number NUMBER and --user NAME are required</source>
        <translation>agreement approvers: --db FILE, --number NUMERO e --user NOME sono obbligatori</translation>
    </message>
    <message>
        <source>--approver must look like provider:TITLE or counterparty:TITLE, not &quot;%1&quot;</source>
        <translation>--approver deve avere la forma provider:TITOLO o counterparty:TITOLO, non &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n required approver(s) set.</source>
        <translation>
            <numerusform>%1: definito %n approvatore richiesto.</numerusform>
            <numerusform>%1: definiti %n approvatori richiesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>  supported by:  %1 (%2)</source>
        <translation>  supportato da: %1 (%2)</translation>
    </message>
    <message>
        <source>  supports:      %1 (%2)</source>
        <translation>  supporta:      %1 (%2)</translation>
    </message>
    <message>
        <source>List, add or remove the links between an SLA and the OLAs and underpinning contracts that support it; the consistency check holds their targets against the SLA&apos;s. Given an OLA or UC, --add and --remove name SLAs; given an SLA, OLAs or UCs.</source>
        <translation>Elenca, aggiunge o rimuove i collegamenti tra uno SLA e gli OLA e i contratti di supporto che lo sostengono; il controllo di coerenza confronta i loro obiettivi con quelli dello SLA. Dato un OLA o UC, --add e --remove indicano SLA; dato uno SLA, OLA o UC.</translation>
    </message>
    <message>
        <source>Link this agreement; repeat for each.</source>
        <translation>Collega questo accordo; ripetere per ciascuno.</translation>
    </message>
    <message>
        <source>Unlink this agreement; repeat for each.</source>
        <translation>Scollega questo accordo; ripetere per ciascuno.</translation>
    </message>
    <message>
        <source>agreement supports: --db FILE and --number NUMBER are required</source>
        <translation>agreement supports: --db FILE e --number NUMERO sono obbligatori</translation>
    </message>
    <message>
        <source>agreement supports: --user NAME is required to add or remove links</source>
        <translation>agreement supports: --user NOME è obbligatorio per aggiungere o rimuovere collegamenti</translation>
    </message>
    <message>
        <source>%1 supports no SLA.</source>
        <translation>%1 non supporta alcuno SLA.</translation>
    </message>
    <message>
        <source>%1 is supported by no OLA or underpinning contract.</source>
        <translation>%1 non è supportato da alcun OLA o contratto di supporto.</translation>
    </message>
    <message>
        <source>%1 is supported by %2 (%3, %4): %5</source>
        <translation>%1 è supportato da %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>%1 supports %2 (%3, %4): %5</source>
        <translation>%1 supporta %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>agreement transition: %1</source>
        <translation>agreement transition: %1</translation>
    </message>
    <message>
        <source>agreement charter: %1</source>
        <translation>agreement charter: %1</translation>
    </message>
    <message>
        <source>agreement approvers: %1</source>
        <translation>agreement approvers: %1</translation>
    </message>
    <message>
        <source>agreement supports: %1</source>
        <translation>agreement supports: %1</translation>
    </message>
    <message>
        <source>audit: say verify or head (not &quot;%1&quot;)</source>
        <translation>audit: indica verify o head (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Check that no audit record was edited or deleted, that the audited tables hold what the trail says they do, and (with --expect-head) that the trail still extends a head taken earlier.</source>
        <translation>Verifica che nessun record di audit sia stato modificato o eliminato, che le tabelle sottoposte ad audit contengano ciò che indica la traccia e (con --expect-head) che la traccia prosegua ancora da una testa rilevata in precedenza.</translation>
    </message>
    <message>
        <source>Print the hash of the newest audit record and the number of records: keep it outside the workspace and check it later with audit verify --expect-head.</source>
        <translation>Stampa l&apos;hash del record di audit più recente e il numero di record: conservali fuori dall&apos;area di lavoro e verificali in seguito con audit verify --expect-head.</translation>
    </message>
    <message>
        <source>A head printed earlier by audit head: fail unless the trail still holds it.</source>
        <translation>Una testa stampata in precedenza da audit head: il comando non riesce se la traccia non la contiene più.</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>audit %1: --db FILE is required</source>
        <translation>audit %1: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>user add: %1</source>
        <translation>user add: %1</translation>
    </message>
    <message>
        <source>  price line:    %1 %2</source>
        <translation>  riga di prezzo:     %1 %2</translation>
    </message>
    <message>
        <source>  price line:    %1 %2, %3 × %4 %5 = %6</source>
        <translation>  riga di prezzo:     %1 %2, %3 × %4 %5 = %6</translation>
    </message>
    <message>
        <source>agreement: say show, transition, diff, due, charter, approvers, supports, document or verify-document (not &quot;%1&quot;)</source>
        <translation>agreement: indica show, transition, diff, due, charter, approvers, supports, document o verify-document (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>  price:         %1 %2 a month, the total of:</source>
        <translation>  prezzo:             %1 %2 al mese, somma di:</translation>
    </message>
    <message>
        <source>  targets:       %1, %2 as an offering states them</source>
        <translation>  obiettivi:          %1, di cui %2 come indicati da un&apos;offerta</translation>
    </message>
    <message>
        <source>renewal  %1 v%2  %3  (%4)</source>
        <translation>rinnovo    %1 v%2  %3  (%4)</translation>
    </message>
    <message>
        <source>Usage: accordo-cli &lt;command&gt; [options]

Accordo %1 — service level management on the command line.

Commands:
  init      Create a workspace, optionally with demo data
  list      List customers, services or agreements
  calendar  due|elapsed|import|export
            Business-time arithmetic; calendars between JSON and a workspace
  agreement show|transition|diff|due|charter|approvers|supports|document|
            verify-document
            An agreement&apos;s lifecycle, a workflow step, a version comparison,
            reviews and renewals coming up, the OLAs and underpinning
            contracts behind an SLA, its document (PDF, ODT, HTML, redline)
            and whether a file is the signed document
  clause    list|show: the clause library the documents are drafted from
  template  list|show: the document template of each agreement kind
  audit     verify|head: check the audit trail and the tables it covers;
            print its head to keep elsewhere (verify --expect-head HASH)
  user      add|list: the users of a workspace and their roles
  offering  list|add|apply|whatif: service levels with their targets and
            prices, applied to an agreement being negotiated
  import    tickets|outages|surveys|observations: read a CSV file into a
            workspace; parties: customers and contacts from a CRM (CSV or
            vCard)
  evaluate  Judge the tickets against their targets and store the results
  backtest  Judge proposed targets against a ticket file (no workspace)
  kpi       KPIs per agreement, target and period (compliance, status, credit)
  credits   Service credit statements per agreement and period
  forecast  Ticket volume per service, region and month, with a forecast
  check     consistency|coverage|reviews|watermelon|actions: portfolio
            checks (exit code 3 when problems are found)
  review    add|list: service reviews held with the customer
  action    add|list|update: improvement actions, their owners and states
  owner     set|list: who owns each agreement on the provider&apos;s side
  db        copy: move a workspace between a SQLite file and PostgreSQL
  report    service|portfolio|review: PDF service report of an agreement,
            the portfolio report for executives, or a review pack
            (--lang en|it)
  change    list|submit|assess|accept|reject: change requests on agreements
  alerts    The alerts a user&apos;s rules raised (exit code 3 when there are any)
  alert-rule add|list|remove: which events each user is told of

Every command that changes a workspace needs --user NAME: on a local
workspace file it records who made each change (it is not a password
check); on PostgreSQL it must be the server login.

Run &apos;accordo-cli &lt;command&gt; --help&apos; for the options of a command.
Options: --help, --version
</source>
        <translation>Uso: accordo-cli &lt;comando&gt; [opzioni]

Accordo %1 — gestione dei livelli di servizio dalla riga di comando.

Comandi:
  init      Crea un&apos;area di lavoro, facoltativamente con dati dimostrativi
  list      Elenca clienti, servizi o accordi
  calendar  due|elapsed|import|export
            Calcoli in tempo lavorativo; calendari tra JSON e area di lavoro
  agreement show|transition|diff|due|charter|approvers|supports|document|
            verify-document
            Il ciclo di vita di un accordo, un passaggio del workflow, il
            confronto tra versioni, le revisioni e i rinnovi imminenti, gli
            OLA e i contratti di supporto alla base di uno SLA, il suo
            documento (PDF, ODT, HTML, redline) e la verifica che un file
            sia il documento firmato
  clause    list|show: la libreria delle clausole da cui si redigono i documenti
  template  list|show: il modello di documento di ciascun tipo di accordo
  audit     verify|head: verifica la traccia di audit e le tabelle che copre;
            stampa la testa da conservare altrove (verify --expect-head HASH)
  user      add|list: gli utenti di un&apos;area di lavoro e i loro ruoli
  offering  list|add|apply|whatif: livelli di servizio con i loro obiettivi e
            prezzi, applicati a un accordo in negoziazione
  import    tickets|outages|surveys|observations: legge un file CSV in
            un&apos;area di lavoro; parties: clienti e contatti da un CRM (CSV o
            vCard)
  evaluate  Valuta i ticket rispetto ai loro obiettivi e memorizza i risultati
  backtest  Valuta obiettivi proposti su un file di ticket (senza area di lavoro)
  kpi       KPI per accordo, obiettivo e periodo (conformità, stato, crediti)
  credits   Rendiconti dei crediti di servizio per accordo e periodo
  forecast  Volume dei ticket per servizio, regione e mese, con una previsione
  check     consistency|coverage|reviews|watermelon|actions: controlli del
            portafoglio (codice di uscita 3 se vengono trovati problemi)
  review    add|list: revisioni del servizio tenute con il cliente
  action    add|list|update: azioni di miglioramento, responsabili e stati
  owner     set|list: il responsabile di ciascun accordo per il fornitore
  db        copy: sposta un&apos;area di lavoro tra un file SQLite e PostgreSQL
  report    service|portfolio|review: report di servizio in PDF di un accordo,
            il report di portafoglio per la direzione o un dossier di
            revisione (--lang en|it)
  change    list|submit|assess|accept|reject: richieste di modifica sugli accordi
  alerts    Gli avvisi generati dalle regole di un utente (codice di uscita 3
            se ce ne sono)
  alert-rule add|list|remove: di quali eventi viene informato ciascun utente

Ogni comando che modifica un&apos;area di lavoro richiede --user NOME: su un file
locale dell&apos;area di lavoro registra chi ha fatto ciascuna modifica (non è un
controllo di password); su PostgreSQL deve essere il login del server.

Esegui &apos;accordo-cli &lt;comando&gt; --help&apos; per le opzioni di un comando.
Opzioni: --help, --version
</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Formato di output: text, csv o json.</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::CrmCommands</name>
    <message>
        <source>Create or update customers, with their contacts, region and CRM status, from a CRM export by their CRM account id. A field changed in Accordo since the last import is a conflict: it is listed and keeps Accordo&apos;s value unless --prefer-import is given. Nothing is stored if a row is bad.</source>
        <translation>Crea o aggiorna i clienti, con i loro contatti, la regione e lo stato CRM, da un&apos;esportazione del CRM in base all&apos;id dell&apos;account CRM. Un campo modificato in Accordo dopo l&apos;ultima importazione è un conflitto: viene elencato e mantiene il valore di Accordo, a meno che non sia indicato --prefer-import. Se una riga non è valida, non viene memorizzato nulla.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CSV file (external_id, name, region, status, segment, contact_name, contact_role, contact_email, contact_phone) or vCard file (.vcf) to import.</source>
        <translation>Il file CSV (external_id, name, region, status, segment, contact_name, contact_role, contact_email, contact_phone) o il file vCard (.vcf) da importare.</translation>
    </message>
    <message>
        <source>JSON mapping of CSV columns onto fields.</source>
        <translation>Mappatura JSON delle colonne CSV sui campi.</translation>
    </message>
    <message>
        <source>On a conflict, take the file&apos;s value.</source>
        <translation>In caso di conflitto, usa il valore del file.</translation>
    </message>
    <message>
        <source>Show what would change; store nothing.</source>
        <translation>Mostra cosa cambierebbe, senza memorizzare nulla.</translation>
    </message>
    <message>
        <source>--db FILE and --file FILE are required</source>
        <translation>--db FILE e --file FILE sono obbligatori</translation>
    </message>
    <message>
        <source>Conflicts (changed in Accordo since the last import; the file&apos;s value is taken):</source>
        <translation>Conflitti (modificati in Accordo dopo l&apos;ultima importazione; viene usato il valore del file):</translation>
    </message>
    <message>
        <source>Conflicts (changed in Accordo since the last import; Accordo&apos;s value is kept):</source>
        <translation>Conflitti (modificati in Accordo dopo l&apos;ultima importazione; viene mantenuto il valore di Accordo):</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 to update, %3 unchanged, %4 conflict(s).</source>
        <translation>Simulazione: da creare %1, da aggiornare %2, invariati %3, conflitti %4.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 conflict(s).</source>
        <translation>Creati %1, aggiornati %2, invariati %3, conflitti %4.</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::DbCommands</name>
    <message>
        <source>Usage: accordo-cli db copy --from SOURCE --to TARGET

Copies a whole workspace between a SQLite file and a PostgreSQL database
(postgresql://user@host:port/dbname), in either direction, then checks the
row count of every table and the audit trail.
</source>
        <translation>Uso: accordo-cli db copy --from ORIGINE --to DESTINAZIONE

Copia un&apos;intera area di lavoro tra un file SQLite e un database PostgreSQL
(postgresql://user@host:port/dbname), in entrambe le direzioni, poi verifica
il numero di righe di ogni tabella e la traccia di audit.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use db copy</source>
        <translation>comando sconosciuto &quot;%1&quot;: usa db copy</translation>
    </message>
    <message>
        <source>Copy a whole workspace into a new one, SQLite file or PostgreSQL database.</source>
        <translation>Copia un&apos;intera area di lavoro in una nuova, file SQLite o database PostgreSQL.</translation>
    </message>
    <message>
        <source>The workspace to copy.</source>
        <translation>L&apos;area di lavoro da copiare.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>The new workspace: a file that does not exist yet or an empty PostgreSQL database.</source>
        <translation>La nuova area di lavoro: un file che non esiste ancora o un database PostgreSQL vuoto.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>DESTINAZIONE</translation>
    </message>
    <message>
        <source>copy: --from SOURCE and --to TARGET are required</source>
        <translation>copy: --from ORIGINE e --to DESTINAZIONE sono obbligatori</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 righe</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 tables, %4 rows, every count verified; the audit trail of %5 records is intact.</source>
        <translation>Copiato %1 in %2: tabelle %3, righe %4, tutti i conteggi verificati; la traccia di audit (record: %5) è integra.</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::DocumentCommands</name>
    <message>
        <source>Write an agreement version&apos;s document (the contract) as PDF, OpenDocument text or HTML, its redline against another version, or the PDF stored when it was signed.</source>
        <translation>Scrive il documento di una versione di un accordo (il contratto) in PDF, testo OpenDocument o HTML, il suo confronto con un&apos;altra versione (redline) oppure il PDF memorizzato al momento della firma.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt or .html.</source>
        <translation>Il file da scrivere: .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The document&apos;s language: en or it (default: en).</source>
        <translation>La lingua del documento: en o it (predefinita: en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>Mark the changes since this version (a redline).</source>
        <translation>Evidenzia le modifiche rispetto a questa versione (redline).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIONE</translation>
    </message>
    <message>
        <source>Write the PDF stored at signature, byte for byte.</source>
        <translation>Scrive il PDF memorizzato al momento della firma, byte per byte.</translation>
    </message>
    <message>
        <source>--db FILE, --number NUMBER and --out FILE are required</source>
        <translation>--db FILE, --number NUMERO e --out FILE sono obbligatori</translation>
    </message>
    <message>
        <source>--out %1: the file must end in .pdf, .odt or .html</source>
        <translation>--out %1: il file deve terminare con .pdf, .odt o .html</translation>
    </message>
    <message>
        <source>--signed writes the signed PDF: give --out FILE.pdf and no --compare-to</source>
        <translation>--signed scrive il PDF firmato: indica --out FILE.pdf e non --compare-to</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>Scritto %1 (%2 byte)</translation>
    </message>
    <message>
        <source>Say whether a file is the document an agreement version was signed as: exit 0 when it is, 3 when it is not.</source>
        <translation>Indica se un file è il documento con cui è stata firmata una versione di un accordo: codice di uscita 0 se lo è, 3 se non lo è.</translation>
    </message>
    <message>
        <source>The version (default: the one in force, else the newest).</source>
        <translation>La versione (predefinita: quella in vigore, altrimenti la più recente).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to check, e.g. signed.pdf.</source>
        <translation>Il file da verificare, ad es. signed.pdf.</translation>
    </message>
    <message>
        <source>--db FILE, --number NUMBER and --file FILE are required</source>
        <translation>--db FILE, --number NUMERO e --file FILE sono obbligatori</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is the signed document of %2 (SHA-256 %3)</source>
        <translation>%1 è il documento firmato di %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>%1 is not the signed document of %2: its SHA-256 is %3, the signed document&apos;s is %4</source>
        <translation>%1 non è il documento firmato di %2: il suo SHA-256 è %3, quello del documento firmato è %4</translation>
    </message>
    <message>
        <source>say list or show (not &quot;%1&quot;)</source>
        <translation>indica list o show (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>List the clauses of the clause library.</source>
        <translation>Elenca le clausole della libreria delle clausole.</translation>
    </message>
    <message>
        <source>Show one clause of the library in both languages.</source>
        <translation>Mostra una clausola della libreria in entrambe le lingue.</translation>
    </message>
    <message>
        <source>The clause&apos;s key, e.g. scope.services.</source>
        <translation>La chiave della clausola, ad es. scope.services.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>--db FILE and --key KEY are required</source>
        <translation>--db FILE e --key CHIAVE sono obbligatori</translation>
    </message>
    <message>
        <source>List the document templates, one per agreement kind.</source>
        <translation>Elenca i modelli di documento, uno per tipo di accordo.</translation>
    </message>
    <message>
        <source>Show a document template&apos;s sections and their clauses.</source>
        <translation>Mostra le sezioni di un modello di documento e le relative clausole.</translation>
    </message>
    <message>
        <source>customer_sla, internal_sla, ola or uc.</source>
        <translation>customer_sla, internal_sla, ola o uc.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>--db FILE and --kind KIND are required</source>
        <translation>--db FILE e --kind TIPO sono obbligatori</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sezione</numerusform>
            <numerusform>%n sezioni</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no template for the kind &quot;%1&quot;</source>
        <translation>non esiste alcun modello per il tipo &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::KpiCommands</name>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date</source>
        <translation>--as-of: &quot;%1&quot; non è una data</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of: %1</translation>
    </message>
    <message>
        <source>Only this agreement number.</source>
        <translation>Solo questo numero di accordo.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>First month, YYYY-MM.</source>
        <translation>Primo mese, YYYY-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Ultimo mese, YYYY-MM.</translation>
    </message>
    <message>
        <source>no KPIs for agreement &quot;%1&quot;: it does not exist or was never in force</source>
        <translation>nessun KPI per l&apos;accordo &quot;%1&quot;: non esiste o non è mai stato in vigore</translation>
    </message>
    <message>
        <source>Service credit statements: per agreement and closed period, each credit earned under a target&apos;s credit rule and the total, in exact money.</source>
        <translation>Rendiconti dei crediti di servizio: per accordo e periodo chiuso, ogni credito maturato in base alla regola di credito di un obiettivo e il totale, in importi esatti.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>Ticket volume per service, region and month (UTC), with a forecast of the next three months for capacity planning; the method column says how each was made.</source>
        <translation>Volume dei ticket per servizio, regione e mese (UTC), con una previsione dei tre mesi successivi per la pianificazione della capacità; la colonna method indica come è stato ottenuto ciascun valore.</translation>
    </message>
    <message>
        <source>Only the forecast months.</source>
        <translation>Solo i mesi previsti.</translation>
    </message>
    <message>
        <source>coverage: tickets of the last N days count (default 90).</source>
        <translation>coverage: contano i ticket degli ultimi N giorni (predefinito 90).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>watermelon: CSAT below this percentage is poor (default 70).</source>
        <translation>watermelon: un CSAT inferiore a questa percentuale è insufficiente (predefinito 70).</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a positive number</source>
        <translation>--days: &quot;%1&quot; non è un numero positivo</translation>
    </message>
    <message>
        <source>--csat-threshold: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>--csat-threshold: &quot;%1&quot; non è una percentuale da 0 a 100</translation>
    </message>
    <message>
        <source>CSAT below %1 %</source>
        <translation>CSAT inferiore al %1 %</translation>
    </message>
    <message>
        <source>CSAT down more than 10 points</source>
        <translation>CSAT in calo di oltre 10 punti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema trovato.</numerusform>
            <numerusform>%n problemi trovati.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a month (YYYY-MM)</source>
        <translation>--%1: &quot;%2&quot; non è un mese (YYYY-MM)</translation>
    </message>
    <message>
        <source>What &quot;now&quot; is, as an ISO 8601 date or instant (default: now). Results as of another instant are computed for this command only: the stored ones keep answering for now.</source>
        <translation>Il momento da considerare &quot;adesso&quot;, come data o istante ISO 8601 (predefinito: adesso). I risultati a un altro istante sono calcolati solo per questo comando: quelli memorizzati continuano a valere per adesso.</translation>
    </message>
    <message>
        <source>Service level KPIs: one row per agreement, target and period (the target&apos;s month or quarter), brought up to date first. Compliance is met / (met + breached); for availability targets it is the availability and the goal the agreed level; for satisfaction targets the average score and the threshold (1 to 5); for custom metrics the period&apos;s value and the threshold in the metric&apos;s unit (a rate in percent; tickets counts the observations, met and breached those at or beyond the threshold and the others; for a rate, the attempts, successes and failures). error_budget counts breaches the period can still absorb (seconds of downtime for availability).</source>
        <translation>KPI dei livelli di servizio: una riga per accordo, obiettivo e periodo (il mese o il trimestre dell&apos;obiettivo), aggiornati prima della stampa. La conformità è rispettati / (rispettati + violati); per gli obiettivi di disponibilità è la disponibilità e la soglia è il livello concordato; per gli obiettivi di soddisfazione, il punteggio medio e il limite (da 1 a 5); per le metriche personalizzate, il valore del periodo e il limite nell&apos;unità della metrica (un tasso in percentuale; tickets conta le osservazioni, met e breached quelle che raggiungono o superano il limite e le altre; per un tasso, i tentativi, i successi e i fallimenti). error_budget conta le violazioni che il periodo può ancora assorbire (secondi di indisponibilità per la disponibilità).</translation>
    </message>
    <message>
        <source>Portfolio checks; the exit code is 3 when problems are found.
  consistency  OLAs and underpinning contracts looser than the SLAs they support, and credit tiers owed while a target is met
  coverage     customers and services with tickets or deliveries but no signed customer SLA in force
  reviews      reviews overdue, renewals within the notice period
  watermelon   agreements all green while their customer is unhappy
  actions      improvement actions overdue, breached targets no action follows
  metrics      targets on a custom metric without a definition, or without observations for periods that have ended</source>
        <translation>Controlli del portafoglio; il codice di uscita è 3 se vengono trovati problemi.
  consistency  OLA e contratti di supporto meno rigorosi degli SLA che supportano, e fasce di credito dovute mentre un obiettivo è rispettato
  coverage     clienti e servizi con ticket o erogazioni ma senza uno SLA cliente firmato in vigore
  reviews      revisioni scadute, rinnovi entro il periodo di preavviso
  watermelon   accordi tutti verdi mentre il cliente è insoddisfatto (effetto anguria)
  actions      azioni di miglioramento scadute, obiettivi violati senza alcuna azione conseguente
  metrics      obiettivi su una metrica personalizzata senza definizione, o senza osservazioni per periodi terminati</translation>
    </message>
    <message>
        <source>consistency, coverage, reviews, watermelon, actions or metrics</source>
        <translation>consistency, coverage, reviews, watermelon, actions o metrics</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check: use consistency, coverage, reviews, watermelon, actions or metrics</source>
        <translation>&quot;%1&quot; non è un controllo: usa consistency, coverage, reviews, watermelon, actions o metrics</translation>
    </message>
    <message>
        <source>say what to check: consistency, coverage, reviews, watermelon, actions or metrics</source>
        <translation>indica cosa controllare: consistency, coverage, reviews, watermelon, actions o metrics</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::MeasurementCommands</name>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON mapping of columns onto fields.</source>
        <translation>Mappatura JSON delle colonne sui campi.</translation>
    </message>
    <message>
        <source>A known source format: servicenow (tickets only).</source>
        <translation>Un formato di origine noto: servicenow (solo tickets).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones with their reasons to FILE.</source>
        <translation>Importa le righe valide e scrive quelle errate, con i relativi motivi, in FILE.</translation>
    </message>
    <message>
        <source>--db FILE and --file FILE are required</source>
        <translation>--db FILE e --file FILE sono obbligatori</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a known preset (servicenow)</source>
        <translation>--preset: &quot;%1&quot; non è un preset noto (servicenow)</translation>
    </message>
    <message>
        <source>--preset servicenow reads tickets only</source>
        <translation>--preset servicenow legge solo tickets</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>Le righe rifiutate e i relativi motivi sono in %1.</translation>
    </message>
    <message>
        <source>Judge every ticket against the targets that govern it and store the results.</source>
        <translation>Valuta ogni ticket rispetto agli obiettivi che lo regolano e memorizza i risultati.</translation>
    </message>
    <message>
        <source>Judge open tickets as of this ISO 8601 instant (default: now).</source>
        <translation>Valuta i ticket aperti a questo istante ISO 8601 (predefinito: adesso).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Evaluate proposed targets against a ticket history, without a workspace.</source>
        <translation>Valuta gli obiettivi proposti su uno storico di ticket, senza area di lavoro.</translation>
    </message>
    <message>
        <source>The ticket CSV file.</source>
        <translation>Il file CSV dei ticket.</translation>
    </message>
    <message>
        <source>A known source format: servicenow.</source>
        <translation>Un formato di origine noto: servicenow.</translation>
    </message>
    <message>
        <source>The proposed targets (JSON).</source>
        <translation>Gli obiettivi proposti (JSON).</translation>
    </message>
    <message>
        <source>Output format: csv.</source>
        <translation>Formato di output: csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Report on stderr how often the verdicts agree with the file&apos;s own SLA verdict (ServiceNow made_sla).</source>
        <translation>Riporta su stderr quanto spesso gli esiti concordano con l&apos;esito SLA presente nel file (made_sla di ServiceNow).</translation>
    </message>
    <message>
        <source>--tickets FILE and --targets FILE are required</source>
        <translation>--tickets FILE e --targets FILE sono obbligatori</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv</source>
        <translation>--format: &quot;%1&quot; non è csv</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>all targets</source>
        <translation>tutti gli obiettivi</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) rejected.</source>
        <translation>
            <numerusform>%n riga errata rifiutata.</numerusform>
            <numerusform>%n righe errate rifiutate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n ticket(s) as of %1: %2 governed by a target,</source>
        <translation>
            <numerusform>%n ticket valutato al %1: regolati da un obiettivo: %2;</numerusform>
            <numerusform>%n ticket valutati al %1: regolati da un obiettivo: %2;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s): %1 met, %2 breached, %3 pending.</source>
        <translation>
            <numerusform>%n risultato (rispettati: %1, violati: %2, in sospeso: %3).</numerusform>
            <numerusform>%n risultati (rispettati: %1, violati: %2, in sospeso: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) were skipped; the first: %1:%2: %3: %4</source>
        <translation>
            <numerusform>%n riga errata ignorata: %1:%2: %3: %4</numerusform>
            <numerusform>%n righe errate ignorate; la prima: %1:%2: %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>made_sla agreement for &quot;%1&quot;: %2 % of %n judged ticket(s) (met but made_sla false: %3; breached but made_sla true: %4)</source>
        <translation>
            <numerusform>concordanza con made_sla per &quot;%1&quot;: %2 % su %n ticket valutato (rispettati ma made_sla false: %3; violati ma made_sla true: %4)</numerusform>
            <numerusform>concordanza con made_sla per &quot;%1&quot;: %2 % su %n ticket valutati (rispettati ma made_sla false: %3; violati ma made_sla true: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Judge the tickets as they stood at this ISO 8601 instant and count the verdicts without storing them (default: now, stored).</source>
        <translation>Giudica i ticket come erano a questo istante ISO 8601 e conta i verdetti senza memorizzarli (predefinito: adesso, memorizzati).</translation>
    </message>
    <message>
        <source>Which system the tickets come from, e.g. servicenow-prod (default: the preset&apos;s name, else the mapping file&apos;s, else csv).</source>
        <translation>Il sistema da cui provengono i ticket, per esempio servicenow-prod (predefinito: il nome del preset, altrimenti quello del file di mappatura, altrimenti csv).</translation>
    </message>
    <message>
        <source>history: table, csv or json.</source>
        <translation>history: table, csv o json.</translation>
    </message>
    <message>
        <source>say which batch to roll back: import undo BATCH (its number in &quot;import history&quot;)</source>
        <translation>indicare il lotto da annullare: import undo LOTTO (il suo numero in &quot;import history&quot;)</translation>
    </message>
    <message>
        <source>Batch %1 rolled back: %2 added row(s) removed, %3 changed row(s) restored.</source>
        <translation>Lotto %1 annullato: %2 righe aggiunte rimosse, %3 righe modificate ripristinate.</translation>
    </message>
    <message>
        <source>import history takes no further words</source>
        <translation>import history non accetta altre parole</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 in %2 s as batch %3: %4 new, %5 updated, %6 unchanged;</source>
        <translation>
            <numerusform>Importato %n record da %1 in %2 s come lotto %3: %4 nuovi, %5 aggiornati, %6 invariati;</numerusform>
            <numerusform>Importati %n record da %1 in %2 s come lotto %3: %4 nuovi, %5 aggiornati, %6 invariati;</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to import; - reads standard input (at most 2 GiB).</source>
        <translation>Il file CSV da importare; - legge lo standard input (al massimo 2 GiB).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding: utf-8 (default), latin1 (iso-8859-1) or windows-1252.</source>
        <translation>La codifica del testo del file: utf-8 (predefinita), latin1 (iso-8859-1) o windows-1252.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not a known encoding (use utf-8, latin1 or windows-1252)</source>
        <translation>--encoding: &quot;%1&quot; non è una codifica nota (usa utf-8, latin1 o windows-1252)</translation>
    </message>
    <message>
        <source>--skip-bad: %1 is the workspace itself</source>
        <translation>--skip-bad: %1 è l&apos;area di lavoro stessa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import tickets, outages, satisfaction surveys or custom metric observations from a CSV file as one batch. Records are updated by their key (a ticket by its source and id), never duplicated; nothing is imported if a row is bad, unless --skip-bad is given. An observation names a defined metric, a customer, service and region of the workspace (or none), an instant (observed_at) or a month (period, YYYY-MM), and a value or successes and attempts. &quot;import history&quot; lists the batches, &quot;import undo BATCH&quot; rolls one back.</source>
        <translation>Importa ticket, interruzioni, sondaggi di soddisfazione od osservazioni di metriche personalizzate da un file CSV come un unico lotto. I record vengono aggiornati in base alla loro chiave (un ticket in base all&apos;origine e all&apos;id), mai duplicati; se una riga non è valida non viene importato nulla, a meno che non sia indicato --skip-bad. Un&apos;osservazione indica una metrica definita, un cliente, un servizio e una regione dell&apos;area di lavoro (o nessuno), un istante (observed_at) o un mese (period, YYYY-MM), e un valore oppure successi e tentativi. &quot;import history&quot; elenca i lotti, &quot;import undo LOTTO&quot; ne annulla uno.</translation>
    </message>
    <message>
        <source>tickets, outages, surveys, observations, history or undo</source>
        <translation>tickets, outages, surveys, observations, history o undo</translation>
    </message>
    <message>
        <source>say what to import: tickets, outages, surveys or observations</source>
        <translation>indica cosa importare: tickets, outages, surveys o observations</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not tickets, outages, surveys or observations</source>
        <translation>&quot;%1&quot; non è tickets, outages, surveys o observations</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::OfferingCommands</name>
    <message>
        <source>--service: there is no service with code &quot;%1&quot;</source>
        <translation>--service: non esiste alcun servizio con codice &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: write METRIC:THRESHOLD:GOAL[:PRIORITY[:TIERS]], e.g. resolution:4h:95:P1:95=5,90=10</source>
        <translation>--target &quot;%1&quot;: scrivi METRICA:LIMITE:SOGLIA[:PRIORITÀ[:FASCE]], ad es. resolution:4h:95:P1:95=5,90=10</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;, credit tier &quot;%2&quot;: write BELOW=CREDIT in percent, e.g. 95=5</source>
        <translation>--target &quot;%1&quot;, fascia di credito &quot;%2&quot;: scrivi SOTTO=CREDITO in percentuale, ad es. 95=5</translation>
    </message>
    <message>
        <source>say list, add, apply or whatif (not &quot;%1&quot;)</source>
        <translation>indica list, add, apply o whatif (non &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>List the service level offerings: every service&apos;s, or one service&apos;s.</source>
        <translation>Elenca le offerte di livello di servizio: di tutti i servizi o di un solo servizio.</translation>
    </message>
    <message>
        <source>Only this service code.</source>
        <translation>Solo questo codice di servizio.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Add a service level offering to the catalogue.</source>
        <translation>Aggiunge un&apos;offerta di livello di servizio al catalogo.</translation>
    </message>
    <message>
        <source>The service code.</source>
        <translation>Il codice del servizio.</translation>
    </message>
    <message>
        <source>The level, e.g. Gold.</source>
        <translation>Il livello, ad es. Gold.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The price per month, e.g. &quot;EUR 1200.00&quot;.</source>
        <translation>Il prezzo mensile, ad es. &quot;EUR 1200.00&quot;.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <source>What the price counts: month (default), user or unit.</source>
        <translation>A cosa si riferisce il prezzo: month (predefinito), user o unit.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>What the level promises.</source>
        <translation>Cosa promette il livello.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>A default target, METRIC:THRESHOLD:GOAL[:PRIORITY[:TIERS]], e.g. resolution:4h:95:P1:95=5,90=10; repeat for more.</source>
        <translation>Un obiettivo predefinito, METRICA:LIMITE:SOGLIA[:PRIORITÀ[:FASCE]], ad es. resolution:4h:95:P1:95=5,90=10; ripetere per aggiungerne altri.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>--db, --service, --name, --price and --user are required</source>
        <translation>--db, --service, --name, --price e --user sono obbligatori</translation>
    </message>
    <message>
        <source>--price: %1</source>
        <translation>--price: %1</translation>
    </message>
    <message>
        <source>--price &quot;%1&quot;: name the currency, e.g. &quot;EUR 1200.00&quot;</source>
        <translation>--price &quot;%1&quot;: indica la valuta, ad es. &quot;EUR 1200.00&quot;</translation>
    </message>
    <message>
        <source>--per &quot;%1&quot;: say month, user or unit</source>
        <translation>--per &quot;%1&quot;: indica month, user o unit</translation>
    </message>
    <message>
        <source>offering %1: %2 %3 at %4 %5</source>
        <translation>offerta %1: %2 %3 a %4 %5</translation>
    </message>
    <message>
        <source>Apply an offering to a service of an agreement being drafted or negotiated: its targets replace the service&apos;s targets from an offering, and its price becomes the service&apos;s line of the price breakdown.</source>
        <translation>Applica un&apos;offerta a un servizio di un accordo in bozza o in negoziazione: i suoi obiettivi sostituiscono quelli del servizio derivanti da un&apos;offerta e il suo prezzo diventa la riga del servizio nella ripartizione del prezzo.</translation>
    </message>
    <message>
        <source>The agreement number (its newest version).</source>
        <translation>Il numero dell&apos;accordo (la sua versione più recente).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>The offering&apos;s name, e.g. Gold.</source>
        <translation>Il nome dell&apos;offerta, ad es. Gold.</translation>
    </message>
    <message>
        <source>Users or units (default 1).</source>
        <translation>Utenti o unità (predefinito 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--db, --number, --service, --level and --user are required</source>
        <translation>--db, --number, --service, --level e --user sono obbligatori</translation>
    </message>
    <message>
        <source>--quantity must be a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--quantity deve essere un numero intero pari almeno a 1, non &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2: %3 at %4, %n target(s) from it; the fee is now %5</source>
        <translation>
            <numerusform>%1 versione %2: %3 al livello %4, %n obiettivo derivato; il canone ora è %5</numerusform>
            <numerusform>%1 versione %2: %3 al livello %4, %n obiettivi derivati; il canone ora è %5</numerusform>
        </translation>
    </message>
    <message>
        <source>What switching a service of an agreement in negotiation to another level would change: the monthly fee, and how its targets would have done on the customer&apos;s tickets of the last twelve months. Nothing is written.</source>
        <translation>Cosa cambierebbe passando un servizio di un accordo in negoziazione a un altro livello: il canone mensile e come si sarebbero comportati i suoi obiettivi sui ticket del cliente degli ultimi dodici mesi. Non viene scritto nulla.</translation>
    </message>
    <message>
        <source>The backtest runs up to this date.</source>
        <translation>Il backtest arriva fino a questa data.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>--db, --number, --service and --level are required</source>
        <translation>--db, --number, --service e --level sono obbligatori</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today deve essere una data come 2026-03-31, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>(nessun livello)</translation>
    </message>
    <message>
        <source>  fee:        %1 -&gt; %2 (%3%4 a month)</source>
        <translation>  canone:     %1 -&gt; %2 (%3%4 al mese)</translation>
    </message>
    <message>
        <source>  %1 %2: %3 of %4 tickets met (%5 %), goal %6 %</source>
        <translation>  %1 %2: %3 su %4 ticket rispettati (%5 %), soglia %6 %</translation>
    </message>
    <message>
        <source>now:     </source>
        <translation>attuale: </translation>
    </message>
    <message>
        <source>proposed:</source>
        <translation>proposto:</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::ReportCommands</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The period: YYYY-MM or YYYY-Qn.</source>
        <translation>Il periodo: YYYY-MM o YYYY-Qn.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Il file PDF da scrivere.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en or it.</source>
        <translation>La lingua del report: en o it.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 è obbligatorio</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a report language (en or it)</source>
        <translation>--lang: &quot;%1&quot; non è una lingua del report (en o it)</translation>
    </message>
    <message>
        <source>The service report of one agreement and period as a PDF: parties, summary, results per target, trends, breaches with their tickets, availability, satisfaction, service credits and the next review.</source>
        <translation>Il report di servizio di un accordo per un periodo, in PDF: parti, sintesi, risultati per obiettivo, andamenti, violazioni con i relativi ticket, disponibilità, soddisfazione, crediti di servizio e prossima revisione.</translation>
    </message>
    <message>
        <source>The agreement number.</source>
        <translation>Il numero dell&apos;accordo.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>--agreement is required</source>
        <translation>--agreement è obbligatorio</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not a month (2026-10) or a quarter (2026-Q4)</source>
        <translation>--period: &quot;%1&quot; non è un mese (2026-10) né un trimestre (2026-Q4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n pagina</numerusform>
            <numerusform>%1: %n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>First month of the trends (default: eleven months before the period).</source>
        <translation>Primo mese degli andamenti (predefinito: undici mesi prima del periodo).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not a month (2026-10)</source>
        <translation>--period: &quot;%1&quot; non è un mese (2026-10)</translation>
    </message>
    <message>
        <source>usage: accordo-cli report service|portfolio|review --db FILE --period PERIOD --out F.pdf [--lang en|it] (service also needs --agreement NUMBER, review --number NUMBER)</source>
        <translation>uso: accordo-cli report service|portfolio|review --db FILE --period PERIODO --out F.pdf [--lang en|it] (service richiede anche --agreement NUMERO, review --number NUMERO)</translation>
    </message>
    <message>
        <source>The pack for a service review meeting as a PDF: the service report of the period, the improvement actions and their state, the open change requests and room for the decisions.</source>
        <translation>Il dossier per una riunione di revisione del servizio, in PDF: il report di servizio del periodo, le azioni di miglioramento e il loro stato, le richieste di modifica aperte e lo spazio per le decisioni.</translation>
    </message>
    <message>
        <source>--number is required</source>
        <translation>--number è obbligatorio</translation>
    </message>
    <message>
        <source>The portfolio report for executives as a PDF: the dashboard&apos;s tiles and charts, then the measured agreements most at risk, worst first.</source>
        <translation>Il report di portafoglio per la direzione in PDF: i riquadri e i grafici del cruscotto, poi gli accordi misurati più a rischio, dal peggiore.</translation>
    </message>
    <message>
        <source>How many of the agreements most at risk to list (default 50).</source>
        <translation>Quanti degli accordi più a rischio elencare (predefinito 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every measured agreement.</source>
        <translation>Elenca tutti gli accordi misurati.</translation>
    </message>
    <message>
        <source>--top: &quot;%1&quot; is not a positive whole number</source>
        <translation>--top: &quot;%1&quot; non è un numero intero positivo</translation>
    </message>
    <message>
        <source>--top and --all exclude each other</source>
        <translation>--top e --all si escludono a vicenda</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::ReviewCommands</name>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The agreement number.</source>
        <translation>Il numero dell&apos;accordo.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &quot;%2&quot; non è una data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an active user of the workspace</source>
        <translation>--%1: &quot;%2&quot; non è un utente attivo dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>say what to do: %1</source>
        <translation>indica cosa fare: %1</translation>
    </message>
    <message>
        <source>Record a service review held with the customer: its date, who took part, the periods reviewed (their KPIs are kept with the review), notes and the outcome. A held review answers the scheduled review it was due for.</source>
        <translation>Registra una revisione del servizio tenuta con il cliente: data, partecipanti, periodi esaminati (i relativi KPI vengono conservati con la revisione), note ed esito. Una revisione tenuta soddisfa la revisione pianificata a cui corrisponde.</translation>
    </message>
    <message>
        <source>The day the review was held (YYYY-MM-DD).</source>
        <translation>Il giorno in cui si è tenuta la revisione (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>The periods reviewed: 2026-Q3, 2026-09 or 2026.</source>
        <translation>I periodi esaminati: 2026-Q3, 2026-09 o 2026.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message>
        <source>A participant on the provider&apos;s side; repeat.</source>
        <translation>Un partecipante per il fornitore; ripetibile.</translation>
    </message>
    <message>
        <source>A participant on the customer&apos;s side; repeat.</source>
        <translation>Un partecipante per il cliente; ripetibile.</translation>
    </message>
    <message>
        <source>no_change, actions_agreed or amendment_needed.</source>
        <translation>no_change, actions_agreed o amendment_needed.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>What was said and decided.</source>
        <translation>Cosa è stato detto e deciso.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>With amendment_needed: open the amendment (a new draft version) at once.</source>
        <translation>Con amendment_needed: apre subito l&apos;emendamento (una nuova versione in bozza).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 è obbligatorio</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not no_change, actions_agreed or amendment_needed</source>
        <translation>--outcome: &quot;%1&quot; non è no_change, actions_agreed o amendment_needed</translation>
    </message>
    <message>
        <source>%1 has no active version to review</source>
        <translation>%1 non ha una versione attiva da revisionare</translation>
    </message>
    <message>
        <source>--period: %1</source>
        <translation>--period: %1</translation>
    </message>
    <message>
        <source>review %1 of %2 recorded (%3)</source>
        <translation>revisione %1 di %2 registrata (%3)</translation>
    </message>
    <message>
        <source>; amendment opened as version id %1</source>
        <translation>; emendamento aperto come versione con id %1</translation>
    </message>
    <message>
        <source>List the service reviews held, newest first.</source>
        <translation>Elenca le revisioni del servizio tenute, dalla più recente.</translation>
    </message>
    <message>
        <source>Raise an improvement action on an agreement. The owner defaults to the agreement&apos;s owner.</source>
        <translation>Crea un&apos;azione di miglioramento su un accordo. Il responsabile predefinito è il responsabile dell&apos;accordo.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Cosa va fatto.</translation>
    </message>
    <message>
        <source>The user who answers for it.</source>
        <translation>L&apos;utente che ne risponde.</translation>
    </message>
    <message>
        <source>The due date (YYYY-MM-DD).</source>
        <translation>La data di scadenza (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>What raised it: manual, breach, at_risk, watermelon, check or review (default manual).</source>
        <translation>Cosa l&apos;ha originata: manual, breach, at_risk, watermelon, check o review (predefinito manual).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>The target it is about (its id).</source>
        <translation>L&apos;obiettivo a cui si riferisce (il suo id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The period it is about (2026-09 or 2026-Q3).</source>
        <translation>Il periodo a cui si riferisce (2026-09 o 2026-Q3).</translation>
    </message>
    <message>
        <source>The check finding that raised it.</source>
        <translation>Il rilievo del controllo che l&apos;ha originata.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>--target-id: &quot;%1&quot; is not a target id</source>
        <translation>--target-id: &quot;%1&quot; non è un id di obiettivo</translation>
    </message>
    <message>
        <source>%1 has no owner: name the action&apos;s owner with --owner</source>
        <translation>%1 non ha un responsabile: indica il responsabile dell&apos;azione con --owner</translation>
    </message>
    <message>
        <source>action %1 raised on %2, owned by %3, due %4</source>
        <translation>azione %1 creata su %2, responsabile %3, scadenza %4</translation>
    </message>
    <message>
        <source>List the improvement actions by due date.</source>
        <translation>Elenca le azioni di miglioramento per data di scadenza.</translation>
    </message>
    <message>
        <source>Only this owner&apos;s actions.</source>
        <translation>Solo le azioni di questo responsabile.</translation>
    </message>
    <message>
        <source>Only actions in this state: open, in_progress, done or dropped.</source>
        <translation>Solo le azioni in questo stato: open, in_progress, done o dropped.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>Only actions still open or in progress.</source>
        <translation>Solo le azioni ancora aperte o in corso.</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not open, in_progress, done or dropped</source>
        <translation>--state: &quot;%1&quot; non è open, in_progress, done o dropped</translation>
    </message>
    <message>
        <source>Change an improvement action: its state (open → in_progress → done, or dropped with a reason), owner, due date, title or notes. SLA managers and administrators change any action, its owner their own.</source>
        <translation>Modifica un&apos;azione di miglioramento: stato (open → in_progress → done, oppure dropped con un motivo), responsabile, scadenza, titolo o note. I responsabili SLA e gli amministratori possono modificare qualsiasi azione, il responsabile solo le proprie.</translation>
    </message>
    <message>
        <source>The action&apos;s id.</source>
        <translation>L&apos;id dell&apos;azione.</translation>
    </message>
    <message>
        <source>open, in_progress, done or dropped.</source>
        <translation>open, in_progress, done o dropped.</translation>
    </message>
    <message>
        <source>Why it is dropped.</source>
        <translation>Perché viene abbandonata.</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>Un nuovo titolo.</translation>
    </message>
    <message>
        <source>A new owner.</source>
        <translation>Un nuovo responsabile.</translation>
    </message>
    <message>
        <source>A new due date (YYYY-MM-DD).</source>
        <translation>Una nuova data di scadenza (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>New notes.</source>
        <translation>Nuove note.</translation>
    </message>
    <message>
        <source>--id: &quot;%1&quot; is not an action id</source>
        <translation>--id: &quot;%1&quot; non è un id di azione</translation>
    </message>
    <message>
        <source>action %1 is %2</source>
        <translation>l&apos;azione %1 è %2</translation>
    </message>
    <message>
        <source>Make a user the owner of an agreement: the provider&apos;s representative who talks to the customer.</source>
        <translation>Rende un utente responsabile di un accordo: il rappresentante del fornitore che si interfaccia con il cliente.</translation>
    </message>
    <message>
        <source>The owner&apos;s user name.</source>
        <translation>Il nome utente del responsabile.</translation>
    </message>
    <message>
        <source>%1 is owned by %2</source>
        <translation>il responsabile di %1 è %2</translation>
    </message>
    <message>
        <source>List the agreements&apos; owners.</source>
        <translation>Elenca i responsabili degli accordi.</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::TargetSpec</name>
    <message>
        <source>--target &quot;%1&quot;: &quot;%2&quot; is not a metric (first_response, resolution, availability, satisfaction)</source>
        <translation>--target &quot;%1&quot;: &quot;%2&quot; non è una metrica (first_response, resolution, availability, satisfaction)</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;, threshold: %2</source>
        <translation>--target &quot;%1&quot;, limite: %2</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;, goal: %2</source>
        <translation>--target &quot;%1&quot;, soglia: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::UserOption</name>
    <message>
        <source>Who makes the change (required for every change). On a local workspace file this records who made each change; it is not a password check. On a PostgreSQL workspace it must be the server login.</source>
        <translation>Chi effettua la modifica (obbligatorio per ogni modifica). Su un file locale dell&apos;area di lavoro registra chi ha fatto ciascuna modifica; non è un controllo di password. Su un&apos;area di lavoro PostgreSQL deve essere il login del server.</translation>
    </message>
    <message>
        <source>--user NAME is required: every change is recorded under the user who makes it</source>
        <translation>--user NOME è obbligatorio: ogni modifica viene registrata a nome dell&apos;utente che la effettua</translation>
    </message>
    <message>
        <source>--user %1: the name is reserved for Accordo itself; name a user of the workspace</source>
        <translation>--user %1: il nome è riservato ad Accordo stesso; indica un utente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>--user %1 does not match the server login %2</source>
        <translation>--user %1 non corrisponde al login del server %2</translation>
    </message>
    <message>
        <source>--user %1: %2</source>
        <translation>--user %1: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::Columns</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Accordo padre</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Canone mensile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Team responsabile</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Used by regions</source>
        <translation>Usato dalle regioni</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
</context>
<context>
    <name>Accordo::ContactsTable</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>The people to deal with; the first is the primary contact. They are offered as approvers and signatories for the party.</source>
        <translation>Le persone di riferimento; la prima è il contatto principale. Vengono proposte come approvatori e firmatari per la parte.</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Aggiungi contatto</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Rimuovi contatto</translation>
    </message>
</context>
<context>
    <name>Accordo::CreditTiers</name>
    <message>
        <source>A credit of %1 % is owed below %2 %, yet the target is met from %3 %: between the two the status says &quot;Met&quot; and a credit is owed. Start the first tier at %3 % or lower.</source>
        <translation>Un credito del %1 % è dovuto sotto il %2 %, ma l&apos;obiettivo è rispettato dal %3 %: tra i due valori lo stato indica &quot;Rispettato&quot; e un credito è dovuto. Fai iniziare la prima fascia al %3 % o più in basso.</translation>
    </message>
</context>
<context>
    <name>Accordo::CsvReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: cannot be mapped into memory: %2</source>
        <translation>%1: impossibile mappare in memoria: %2</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not known (use utf-8, latin1 or windows-1252)</source>
        <translation>la codifica &quot;%1&quot; non è nota (usa utf-8, latin1 o windows-1252)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>standard input: more than 2 GiB; save it to a file and import the file</source>
        <translation>standard input: più di 2 GiB; salvalo in un file e importa il file</translation>
    </message>
    <message>
        <source>standard input: cannot be read</source>
        <translation>standard input: impossibile leggere</translation>
    </message>
    <message>
        <source>%1: is not valid %2</source>
        <translation>%1: non è un testo %2 valido</translation>
    </message>
    <message>
        <source>%1:%2: the column &quot;%3&quot; is named twice in the header (columns %4 and %5)</source>
        <translation>%1:%2: la colonna &quot;%3&quot; compare due volte nell&apos;intestazione (colonne %4 e %5)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes, the most a field may hold</source>
        <translation>il campo %1 supera i %2 byte, il massimo consentito per un campo</translation>
    </message>
    <message>
        <source>the record has more than %1 fields, the most a record may have</source>
        <translation>il record ha più di %1 campi, il massimo consentito per un record</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes, the most a record may hold</source>
        <translation>il record supera i %1 byte, il massimo consentito per un record</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo tra virgolette non è chiuso</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>testo inatteso dopo le virgolette di chiusura</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8; use --encoding latin1 if the file is Latin-1</source>
        <translation>%1: la riga %2 non è UTF-8 valido; usa --encoding latin1 se il file è in Latin-1</translation>
    </message>
</context>
<context>
    <name>Accordo::DashboardData</name>
    <message>
        <source>No region</source>
        <translation>Nessuna regione</translation>
    </message>
</context>
<context>
    <name>Accordo::DashboardView</name>
    <message>
        <source>No KPIs are stored for this workspace yet: import tickets and compute the KPIs (accordo-cli kpi) to fill the dashboard.</source>
        <translation>Per questa area di lavoro non è ancora memorizzato alcun KPI: importa i ticket e calcola i KPI (accordo-cli kpi) per popolare il cruscotto.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gione:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vizio:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Lingua del report:</translation>
    </message>
    <message>
        <source>Portfolio &amp;Report…</source>
        <translation>&amp;Report di portafoglio…</translation>
    </message>
    <message>
        <source>Print preview of the portfolio report for these filters</source>
        <translation>Anteprima di stampa del report di portafoglio con questi filtri</translation>
    </message>
    <message>
        <source>&amp;Service Report…</source>
        <translation>Report di &amp;servizio…</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 mesi prima</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Più recente</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tutte le regioni</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>p.p.</translation>
    </message>
    <message>
        <source>Compliance, %1</source>
        <translation>Conformità, %1</translation>
    </message>
    <message numerus="yes">
        <source>Breaches
%Ln ticket(s)</source>
        <translation>
            <numerusform>Violazioni
%Ln ticket</numerusform>
            <numerusform>Violazioni
%Ln ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements at risk
or breached</source>
        <translation>Accordi a rischio
o in violazione</translation>
    </message>
    <message>
        <source>Service credits owed</source>
        <translation>Crediti di servizio dovuti</translation>
    </message>
    <message>
        <source>Watermelons
green, yet unhappy</source>
        <translation>Angurie (watermelon)
verdi, ma insoddisfatti</translation>
    </message>
    <message>
        <source>Reviews due
within 30 days</source>
        <translation>Revisioni previste
entro 30 giorni</translation>
    </message>
    <message>
        <source>Renewals
within 90 days</source>
        <translation>Rinnovi
entro 90 giorni</translation>
    </message>
    <message>
        <source>Show the list behind this figure</source>
        <translation>Mostra l&apos;elenco alla base di questo valore</translation>
    </message>
    <message>
        <source>Customers with the most breaches</source>
        <translation>Clienti con più violazioni</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Preavviso entro</translation>
    </message>
    <message>
        <source>Agreements measured</source>
        <translation>Accordi misurati</translation>
    </message>
    <message>
        <source>Agreements with breaches</source>
        <translation>Accordi con violazioni</translation>
    </message>
    <message>
        <source>Agreements at risk</source>
        <translation>Accordi a rischio</translation>
    </message>
    <message>
        <source>Watermelons</source>
        <translation>Angurie (watermelon)</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Revisioni previste</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Rinnovi in scadenza</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Double-click an agreement to open it.</source>
        <translation>Fai doppio clic su un accordo per aprirlo.</translation>
    </message>
    <message>
        <source>Portfolio Report</source>
        <translation>Report di portafoglio</translation>
    </message>
    <message>
        <source>Export Portfolio Report</source>
        <translation>Esporta report di portafoglio</translation>
    </message>
    <message>
        <source>Service Report</source>
        <translation>Report di servizio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreements by risk&lt;/b&gt; — worst status of each month; select one for its service report</source>
        <translation>&lt;b&gt;Accordi per rischio&lt;/b&gt; — stato peggiore di ciascun mese; selezionane uno per il suo report di servizio</translation>
    </message>
    <message>
        <source>&amp;Export Portfolio PDF…</source>
        <translation>&amp;Esporta PDF di portafoglio…</translation>
    </message>
    <message>
        <source>Save the portfolio report for these filters as a PDF</source>
        <translation>Salva in PDF il report di portafoglio con questi filtri</translation>
    </message>
    <message>
        <source>The service report of the agreement selected in &quot;Agreements by risk&quot;, for %1</source>
        <translation>Il report di servizio dell&apos;accordo selezionato in &quot;Accordi per rischio&quot;, per %1</translation>
    </message>
    <message>
        <source>Select an agreement in &quot;Agreements by risk&quot; below first</source>
        <translation>Seleziona prima un accordo in &quot;Accordi per rischio&quot; qui sotto</translation>
    </message>
    <message>
        <source>Data as of %1 (the last measurement). The tiles show %2; the charts %3 to %4.</source>
        <translation>Dati aggiornati al %1 (l&apos;ultima misurazione). I riquadri mostrano %2; i grafici da %3 a %4.</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>soglia %1</translation>
    </message>
    <message>
        <source>Credits owed per currency
%1</source>
        <translation>Crediti dovuti per valuta
%1</translation>
    </message>
    <message>
        <source>Service credits owed
%1</source>
        <translation>Crediti di servizio dovuti
%1</translation>
    </message>
    <message>
        <source>Compliance by region</source>
        <translation>Conformità per regione</translation>
    </message>
    <message>
        <source>Compliance by service</source>
        <translation>Conformità per servizio</translation>
    </message>
    <message>
        <source>Select an agreement in &quot;Agreements by risk&quot; first.</source>
        <translation>Seleziona prima un accordo in &quot;Accordi per rischio&quot;.</translation>
    </message>
    <message>
        <source>%1: breached in %2, no action follows</source>
        <translation>%1: violato in %2, nessuna azione conseguente</translation>
    </message>
    <message>
        <source>Choose an agreement first.</source>
        <translation>Scegli prima un accordo.</translation>
    </message>
    <message>
        <source>Raise Action</source>
        <translation>Crea azione</translation>
    </message>
    <message>
        <source>Credits against revenue
%1</source>
        <translation>Crediti rispetto ai ricavi
%1</translation>
    </message>
    <message>
        <source>Actions overdue
or missing</source>
        <translation>Azioni scadute
o mancanti</translation>
    </message>
    <message>
        <source>Improvement actions past their due date, and breached targets no action follows, across the portfolio (accordo-cli check actions)</source>
        <translation>Azioni di miglioramento oltre la scadenza e obiettivi violati senza alcuna azione conseguente, in tutto il portafoglio (accordo-cli check actions)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Credits / revenue</source>
        <translation>Crediti / ricavi</translation>
    </message>
    <message>
        <source>Watermelon: every target met, the customer unhappy</source>
        <translation>Anguria (watermelon): tutti gli obiettivi rispettati, il cliente insoddisfatto</translation>
    </message>
    <message>
        <source>Credits against revenue</source>
        <translation>Crediti rispetto ai ricavi</translation>
    </message>
    <message>
        <source>Actions to take</source>
        <translation>Azioni da intraprendere</translation>
    </message>
    <message>
        <source>Raise &amp;Action…</source>
        <translation>Crea a&amp;zione…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Action or target</source>
        <translation>Azione o obiettivo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>action overdue</source>
        <translation>azione scaduta</translation>
    </message>
    <message>
        <source>breach without action</source>
        <translation>violazione senza azione</translation>
    </message>
    <message>
        <source>&amp;Open Agreement</source>
        <translation>A&amp;pri accordo</translation>
    </message>
    <message>
        <source>The dashboard is reading the results for these filters</source>
        <translation>Il cruscotto sta leggendo i risultati per questi filtri</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lettura dei risultati…</translation>
    </message>
    <message>
        <source>%1 %2 M</source>
        <comment>an amount in millions: currency, millions</comment>
        <translation>%1 %2 Mln</translation>
    </message>
</context>
<context>
    <name>Accordo::Database</name>
    <message>
        <source>no workspace file was given</source>
        <translation>non è stato indicato alcun file dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1: il file dell&apos;area di lavoro non esiste</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: non è un file</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la cartella %2 non esiste</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: not an Accordo workspace (%2)</source>
        <translation>%1: non è un&apos;area di lavoro di Accordo (%2)</translation>
    </message>
    <message>
        <source>%1: not an Accordo workspace (it is a database of another program)</source>
        <translation>%1: non è un&apos;area di lavoro di Accordo (è un database di un altro programma)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a server workspace is written postgresql://user@host:port/database</source>
        <translation>%1: un&apos;area di lavoro su server si indica come postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>%1: il driver PostgreSQL di Qt non è installato (pacchetto Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: impossibile connettersi: %2</translation>
    </message>
    <message>
        <source>%1: the database holds no Accordo workspace yet (create one with accordo-cli init --db %1)</source>
        <translation>%1: il database non contiene ancora un&apos;area di lavoro di Accordo (creala con accordo-cli init --db %1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>%1 is not an Accordo workspace (empty file)</source>
        <translation>%1 non è un&apos;area di lavoro di Accordo (file vuoto)</translation>
    </message>
    <message>
        <source>%1 is not an Accordo workspace (a database without tables)</source>
        <translation>%1 non è un&apos;area di lavoro di Accordo (un database senza tabelle)</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only and of schema version %2; it needs version %3, which only a writable workspace can be upgraded to</source>
        <translation>%1: l&apos;area di lavoro è in sola lettura e ha la versione dello schema %2; richiede la versione %3, a cui si può aggiornare solo un&apos;area di lavoro scrivibile</translation>
    </message>
    <message>
        <source>the workspace is busy (another Accordo is writing)</source>
        <translation>l&apos;area di lavoro è occupata (un&apos;altra istanza di Accordo sta scrivendo)</translation>
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation>l&apos;area di lavoro è in sola lettura</translation>
    </message>
    <message>
        <source>%1: a server workspace is not copied</source>
        <translation>%1: un&apos;area di lavoro su server non viene copiata</translation>
    </message>
    <message>
        <source>%1: no temporary folder for a copy: %2</source>
        <translation>%1: nessuna cartella temporanea per una copia: %2</translation>
    </message>
    <message>
        <source>%1: cannot be copied: %2</source>
        <translation>%1: impossibile copiare: %2</translation>
    </message>
    <message>
        <source>the workspace is in a transaction another connection does not see</source>
        <translation>l&apos;area di lavoro è in una transazione che un&apos;altra connessione non vede</translation>
    </message>
    <message>
        <source>the workspace is not a file another connection can open</source>
        <translation>l&apos;area di lavoro non è un file che un&apos;altra connessione possa aprire</translation>
    </message>
    <message>
        <source>the server connection names no host</source>
        <translation>la connessione al server non indica alcun host</translation>
    </message>
</context>
<context>
    <name>Accordo::DateEdit</name>
    <message>
        <source>A date is needed here, e.g. %1.</source>
        <translation>Qui serve una data, ad es. %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2, %3 or %4.</source>
        <translation>“%1” non è una data. Scrivila come %2, %3 o %4.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Scegli la data da un calendario</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1, %2 or %3</source>
        <translation>Digita una data, ad es. %1, %2 o %3</translation>
    </message>
</context>
<context>
    <name>Accordo::DateField</name>
    <message>
        <source>%1 is outside the supported years %2 to %3.</source>
        <translation>%1 è al di fuori degli anni supportati (da %2 a %3).</translation>
    </message>
</context>
<context>
    <name>Accordo::DateTimeEdit</name>
    <message>
        <source>A date and time is needed here, e.g. %1.</source>
        <translation>Qui è necessaria una data e un&apos;ora, ad es. %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Type it as %2, %3 or %4.</source>
        <translation>“%1” non è una data e ora. Digitala come %2, %3 o %4.</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Scegli il giorno da un calendario</translation>
    </message>
    <message>
        <source>Type a date and time, e.g. %1, %2 or %3</source>
        <translation>Digita una data e un&apos;ora, ad es. %1, %2 o %3</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoBulkWriter</name>
    <message>
        <source>Demo customers</source>
        <translation>Clienti dimostrativi</translation>
    </message>
    <message>
        <source>Demo agreements</source>
        <translation>Accordi dimostrativi</translation>
    </message>
    <message>
        <source>the number sequence %1-%2</source>
        <translation>la sequenza di numeri %1-%2</translation>
    </message>
    <message>
        <source>%1: the parent agreement %2 was not written before it at a more general level</source>
        <translation>%1: l&apos;accordo padre %2 non è stato scritto prima di esso a un livello più generale</translation>
    </message>
    <message>
        <source>%1: a new agreement starts as a draft</source>
        <translation>%1: un nuovo accordo inizia come bozza</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, servizio %2</translation>
    </message>
    <message>
        <source>%1, price line %2</source>
        <translation>%1, riga di prezzo %2</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, obiettivo %2</translation>
    </message>
    <message>
        <source>%1, credit tier %2</source>
        <translation>%1, fascia di credito %2</translation>
    </message>
    <message>
        <source>%1: the bulk path writes parties without services</source>
        <translation>%1: la scrittura in blocco scrive controparti senza servizi</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoData</name>
    <message>
        <source>%1 corporate SLA</source>
        <translation>SLA aziendale %1</translation>
    </message>
    <message>
        <source>%1 workplace services</source>
        <translation>Servizi di postazione di lavoro %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>%1 managed IT services</source>
        <translation>Servizi IT gestiti %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>the demo scale must be between 1 and 10000, not %1</source>
        <translation>la scala dei dati dimostrativi deve essere compresa tra 1 e 10000, non %1</translation>
    </message>
    <message>
        <source>Renewal: the customer asks for faster response and resolution</source>
        <translation>Rinnovo: il cliente chiede risposte e risoluzioni più rapide</translation>
    </message>
    <message>
        <source>Faster resolution for the incidents that stop the tills</source>
        <translation>Risoluzione più rapida per gli incidenti che bloccano le casse</translation>
    </message>
    <message>
        <source>Tighter first response: the new on-call rota allows it</source>
        <translation>Prima risposta più rapida: il nuovo turno di reperibilità lo consente</translation>
    </message>
    <message>
        <source>Quicker resolution in the renewed contract</source>
        <translation>Risoluzione più rapida nel contratto rinnovato</translation>
    </message>
    <message>
        <source>Resolution within a third less time, same price</source>
        <translation>Risoluzione in un terzo di tempo in meno, a parità di prezzo</translation>
    </message>
    <message>
        <source>Procurement Manager</source>
        <translation>Responsabile acquisti</translation>
    </message>
    <message>
        <source>Chief Information Officer</source>
        <translation>Direttore dei sistemi informativi</translation>
    </message>
    <message>
        <source>IT Service Manager</source>
        <translation>Responsabile dei servizi IT</translation>
    </message>
    <message>
        <source>Legal Counsel</source>
        <translation>Consulente legale</translation>
    </message>
    <message>
        <source>Head of Operations</source>
        <translation>Responsabile delle operazioni</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoFollowUpWriter</name>
    <message>
        <source>Demo reviews</source>
        <translation>Riesami della demo</translation>
    </message>
    <message>
        <source>Demo actions</source>
        <translation>Azioni della demo</translation>
    </message>
    <message>
        <source>review of agreement %1: the bulk path opens no amendment</source>
        <translation>riesame del contratto %1: il percorso in blocco non apre alcuna modifica</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoMeasurements</name>
    <message>
        <source>the demo service BACKUP is missing</source>
        <translation>manca il servizio dimostrativo BACKUP</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoMetrics</name>
    <message>
        <source>Nightly backup jobs that completed, out of those scheduled.</source>
        <translation>Job di backup notturni completati rispetto a quelli pianificati.</translation>
    </message>
    <message>
        <source>Business days from the order to the delivery of new equipment, as the procurement system reports them.</source>
        <translation>Giorni lavorativi dall&apos;ordine alla consegna delle nuove apparecchiature, come riportati dal sistema degli acquisti.</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoOfferings</name>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Around the clock, half the times and downtime of Silver</source>
        <translation>24 ore su 24, metà dei tempi e delle indisponibilità di Silver</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>The standard terms</source>
        <translation>Le condizioni standard</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Office hours, twice the times and downtime of Silver</source>
        <translation>Orario d&apos;ufficio, il doppio dei tempi e delle indisponibilità di Silver</translation>
    </message>
    <message>
        <source>Negotiated discount</source>
        <translation>Sconto negoziato</translation>
    </message>
</context>
<context>
    <name>Accordo::DemoReviews</name>
    <message>
        <source>the demo users are missing</source>
        <translation>mancano gli utenti dimostrativi</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Responsabile del servizio</translation>
    </message>
    <message>
        <source>Results discussed; the customer asks for a plan on the targets missed.</source>
        <translation>Risultati discussi; il cliente chiede un piano per gli obiettivi mancati.</translation>
    </message>
    <message>
        <source>Targets met or explained; the terms stay as they are.</source>
        <translation>Obiettivi rispettati o giustificati; le condizioni restano invariate.</translation>
    </message>
    <message>
        <source>Plan to recover the missed targets of %1</source>
        <translation>Piano di recupero degli obiettivi mancati di %1</translation>
    </message>
    <message>
        <source>Plan delivered and presented to the customer.</source>
        <translation>Piano consegnato e presentato al cliente.</translation>
    </message>
    <message>
        <source>Find the cause of the %1 breach</source>
        <translation>Individuare la causa della violazione di %1</translation>
    </message>
    <message>
        <source>Waiting for the supplier&apos;s incident report.</source>
        <translation>In attesa del rapporto sull&apos;incidente del fornitore.</translation>
    </message>
    <message>
        <source>A faulty switch was replaced; no breach since.</source>
        <translation>Sostituito uno switch guasto; nessuna violazione da allora.</translation>
    </message>
    <message>
        <source>A one-off: the customer&apos;s own change caused it.</source>
        <translation>Un caso isolato: causato da una modifica del cliente stesso.</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentBuilder</name>
    <message>
        <source>the document language must be one of %1, not &quot;%2&quot;</source>
        <translation>la lingua del documento deve essere una tra %1, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 version %2 has no document: it was made before agreements had documents</source>
        <translation>%1 versione %2 non ha un documento: è stata creata prima che gli accordi avessero documenti</translation>
    </message>
    <message>
        <source>%1 version %2, clause &quot;%3&quot; (%4)</source>
        <translation>%1 versione %2, clausola &quot;%3&quot; (%4)</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentExport</name>
    <message>
        <source>%1 v%2.odt</source>
        <translation>%1 v%2.odt</translation>
    </message>
    <message>
        <source>%1 v%2.html</source>
        <translation>%1 v%2.html</translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <translation>%1 v%2.pdf</translation>
    </message>
    <message>
        <source>%1 v%2-v%3 redline.pdf</source>
        <translation>%1 v%2-v%3 redline.pdf</translation>
    </message>
    <message>
        <source>Print Preview — %1 version %2</source>
        <translation>Anteprima di stampa — %1 versione %2</translation>
    </message>
    <message>
        <source>Export OpenDocument Text</source>
        <translation>Esporta testo OpenDocument</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testo OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentOutline</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> (overrides the parent)</source>
        <translation> (sostituisce quella dell&apos;accordo padre)</translation>
    </message>
    <message>
        <source>%1.%2 %3</source>
        <translation>%1.%2 %3</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentRenderer</name>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versione %2</translation>
    </message>
    <message>
        <source>DRAFT — not for signature</source>
        <translation>BOZZA — non per la firma</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numero dell&apos;accordo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Between the parties</source>
        <translation>Tra le parti</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Terms by reference</source>
        <translation>Condizioni richiamate per rinvio</translation>
    </message>
    <message>
        <source>The terms of the following agreements apply to this agreement except where it says otherwise, the nearest first:</source>
        <translation>Le condizioni dei seguenti accordi si applicano al presente accordo, salvo ove diversamente previsto, a partire dal più vicino:</translation>
    </message>
    <message>
        <source>No section of this agreement replaces theirs.</source>
        <translation>Nessuna sezione del presente accordo sostituisce le loro.</translation>
    </message>
    <message>
        <source>These sections of this agreement replace the sections of the same name in those agreements: %1.</source>
        <translation>Le seguenti sezioni del presente accordo sostituiscono le sezioni omonime di tali accordi: %1.</translation>
    </message>
    <message>
        <source>This section replaces the section of the same name in the agreements whose terms apply by reference.</source>
        <translation>La presente sezione sostituisce la sezione omonima degli accordi le cui condizioni si applicano per rinvio.</translation>
    </message>
    <message>
        <source>No signatories are named.</source>
        <translation>Non è indicato alcun firmatario.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Ruolo: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Firmato il %1</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Modifiche dalla versione %1 alla versione %2</translation>
    </message>
    <message>
        <source>Text removed since version %1 is %2; text added is %3.</source>
        <translation>Il testo rimosso rispetto alla versione %1 è %2; il testo aggiunto è %3.</translation>
    </message>
    <message>
        <source>struck through in red</source>
        <translation>barrato in rosso</translation>
    </message>
    <message>
        <source>underlined in green</source>
        <translation>sottolineato in verde</translation>
    </message>
    <message>
        <source>Changes to the terms</source>
        <translation>Modifiche alle condizioni</translation>
    </message>
    <message>
        <source>The terms did not change.</source>
        <translation>Le condizioni non sono cambiate.</translation>
    </message>
    <message>
        <source>Changes to the clauses</source>
        <translation>Modifiche alle clausole</translation>
    </message>
    <message>
        <source>No clause changed.</source>
        <translation>Nessuna clausola è cambiata.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausola</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>%1 · version %2 compared with version %3</source>
        <translation>%1 · versione %2 confrontata con la versione %3</translation>
    </message>
    <message>
        <source>Cannot draw the PDF of %1 version %2.</source>
        <translation>Impossibile disegnare il PDF di %1 versione %2.</translation>
    </message>
    <message>
        <source>Drawing a document needs a graphical application (QGuiApplication), even an offscreen one.</source>
        <translation>Per disegnare un documento serve un&apos;applicazione grafica (QGuiApplication), anche offscreen.</translation>
    </message>
    <message>
        <source>%1 version %2: the document&apos;s language &quot;%3&quot; is not supported; it must be en or it.</source>
        <translation>%1 versione %2: la lingua del documento &quot;%3&quot; non è supportata; deve essere en o it.</translation>
    </message>
    <message>
        <source>%1 version %2: the clause key &quot;%3&quot; appears twice (section &quot;%4&quot;); a redline matches clauses by key.</source>
        <translation>%1 versione %2: la chiave di clausola &quot;%3&quot; compare due volte (sezione &quot;%4&quot;); un redline abbina le clausole per chiave.</translation>
    </message>
    <message>
        <source>Cannot write %1 version %2 as an OpenDocument text.</source>
        <translation>Impossibile scrivere %1 versione %2 come testo OpenDocument.</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentStore</name>
    <message>
        <source>the document of agreement %1</source>
        <translation>il documento dell&apos;accordo %1</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>%1 is awaiting approval: its document is frozen</source>
        <translation>%1 è in attesa di approvazione: il suo documento è bloccato</translation>
    </message>
    <message>
        <source>%1 is signed and in force: its document is frozen</source>
        <translation>%1 è firmato e in vigore: il suo documento è bloccato</translation>
    </message>
    <message>
        <source>%1 has expired: its document is frozen</source>
        <translation>%1 è scaduto: il suo documento è bloccato</translation>
    </message>
    <message>
        <source>%1 was terminated: its document is frozen</source>
        <translation>%1 è stato cessato: il suo documento è bloccato</translation>
    </message>
    <message>
        <source>the template of %1, section &quot;%2&quot;: the clause library has no clause &quot;%3&quot;</source>
        <translation>il modello di %1, sezione &quot;%2&quot;: la libreria delle clausole non contiene la clausola &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 version %2, %3</source>
        <translation>%1 versione %2, %3</translation>
    </message>
    <message>
        <source>%1: there is no document template for %2 agreements</source>
        <translation>%1: non esiste alcun modello di documento per gli accordi %2</translation>
    </message>
    <message>
        <source>%1: the new document cannot be read</source>
        <translation>%1: il nuovo documento non è leggibile</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>sezione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document has no section &quot;%1&quot;</source>
        <translation>il documento non ha una sezione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the section already holds the clause &quot;%1&quot;</source>
        <translation>la sezione contiene già la clausola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the section has no clause &quot;%1&quot;</source>
        <translation>la sezione non contiene la clausola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>position %1 is outside the section (1 to %2)</source>
        <translation>la posizione %1 è al di fuori della sezione (da 1 a %2)</translation>
    </message>
    <message>
        <source>clause &quot;%1&quot; (%2)</source>
        <translation>clausola &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1: the language must be one of %2</source>
        <translation>%1: la lingua deve essere una tra %2</translation>
    </message>
    <message>
        <source>%1: the title and the text may not be empty</source>
        <translation>%1: il titolo e il testo non possono essere vuoti</translation>
    </message>
    <message>
        <source>a document&apos;s text</source>
        <translation>il testo di un documento</translation>
    </message>
</context>
<context>
    <name>Accordo::DocumentTab</name>
    <message>
        <source>&amp;Add Clause…</source>
        <translation>&amp;Aggiungi clausola…</translation>
    </message>
    <message>
        <source>Add a clause from the library to the selected section</source>
        <translation>Aggiungi una clausola della libreria alla sezione selezionata</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>This section &amp;overrides the parent agreement&apos;s</source>
        <translation>Questa sezione s&amp;ostituisce quella dell&apos;accordo padre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Save Clause</source>
        <translation>Salva clausola</translation>
    </message>
    <message>
        <source>Store this clause&apos;s title and text (%1)</source>
        <translation>Memorizza il titolo e il testo di questa clausola (%1)</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Esporta PD&amp;F…</translation>
    </message>
    <message>
        <source>E&amp;xport ODT…</source>
        <translation>&amp;Esporta ODT…</translation>
    </message>
    <message>
        <source>&amp;Compare with Version…</source>
        <translation>&amp;Confronta con versione…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Save the agreement to start its document from the template of its kind.</source>
        <translation>Salva l&apos;accordo per avviarne il documento dal modello del suo tipo.</translation>
    </message>
    <message>
        <source>Select a clause to edit its text</source>
        <translation>Seleziona una clausola per modificarne il testo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Every clause of the library is already in this section.</source>
        <translation>Tutte le clausole della libreria sono già in questa sezione.</translation>
    </message>
    <message>
        <source>Add Clause</source>
        <translation>Aggiungi clausola</translation>
    </message>
    <message>
        <source>Clause from the library:</source>
        <translation>Clausola della libreria:</translation>
    </message>
    <message>
        <source>Remove Clause</source>
        <translation>Rimuovi clausola</translation>
    </message>
    <message>
        <source>Remove the clause &quot;%1&quot; from this version&apos;s document?

Its text as edited for this version is lost; the library keeps its own.</source>
        <translation>Rimuovere la clausola &quot;%1&quot; dal documento di questa versione?

Il testo modificato per questa versione andrà perso; la libreria conserva il proprio.</translation>
    </message>
    <message>
        <source>Clause &quot;%1&quot;</source>
        <translation>Clausola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This version has no document yet: add a clause to start it from the template.</source>
        <translation>Questa versione non ha ancora un documento: aggiungi una clausola per avviarlo dal modello.</translation>
    </message>
    <message>
        <source>The preview cannot show this text: %1</source>
        <translation>L&apos;anteprima non può mostrare questo testo: %1</translation>
    </message>
    <message>
        <source>Preview — %1 version %2</source>
        <translation>Anteprima — %1 versione %2</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versione %1 — %2</translation>
    </message>
    <message>
        <source>%1 has no earlier version to compare with.</source>
        <translation>%1 non ha una versione precedente con cui confrontarlo.</translation>
    </message>
    <message>
        <source>Compare with Version</source>
        <translation>Confronta con versione</translation>
    </message>
    <message>
        <source>Show what changed in version %1 since:</source>
        <translation>Mostra le modifiche della versione %1 rispetto a:</translation>
    </message>
    <message>
        <source>Save Redline</source>
        <translation>Salva raffronto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Accordo::DueItemsModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>The last day to give notice to renew or cancel</source>
        <translation>L&apos;ultimo giorno utile per dare il preavviso di rinnovo o di disdetta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Preavviso entro</translation>
    </message>
</context>
<context>
    <name>Accordo::DueListData</name>
    <message>
        <source>customer ended in CRM: termination to be decided</source>
        <translation>cliente cessato nel CRM: cessazione da decidere</translation>
    </message>
</context>
<context>
    <name>Accordo::DueListsDialog</name>
    <message>
        <source>Reviews and renewals</source>
        <translation>Revisioni e rinnovi</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>entro %n giorno</numerusform>
            <numerusform>entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show what falls due</source>
        <translation>&amp;Mostra le scadenze</translation>
    </message>
    <message>
        <source>Reviews &amp;due</source>
        <translation>&amp;Revisioni previste</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>Ri&amp;nnovi</translation>
    </message>
    <message>
        <source>&amp;Expiring</source>
        <translation>In &amp;scadenza</translation>
    </message>
    <message>
        <source>Double-click an agreement to open it.</source>
        <translation>Fai doppio clic su un accordo per aprirlo.</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisione il</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Reviews &amp;due (%1)</source>
        <translation>&amp;Revisioni previste (%1)</translation>
    </message>
    <message>
        <source>&amp;Renewals (%1)</source>
        <translation>Ri&amp;nnovi (%1)</translation>
    </message>
    <message>
        <source>&amp;Expiring (%1)</source>
        <translation>In &amp;scadenza (%1)</translation>
    </message>
</context>
<context>
    <name>Accordo::DurationParser</name>
    <message>
        <source>&quot;%1&quot; is not a valid duration (write e.g. 90m, 4h, 1h30m, 45s or PT4H)</source>
        <translation>&quot;%1&quot; non è una durata valida (scrivi ad es. 90m, 4h, 1h30m, 45s o PT4H)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: durations go up to 100 years (36525d)</source>
        <translation>&quot;%1&quot; è troppo lunga: le durate arrivano fino a 100 anni (36525d)</translation>
    </message>
</context>
<context>
    <name>Accordo::Enums</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Internal department</source>
        <translation>Reparto interno</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Customer SLA</source>
        <translation>SLA cliente</translation>
    </message>
    <message>
        <source>Internal SLA</source>
        <translation>SLA interno</translation>
    </message>
    <message>
        <source>Operational level agreement</source>
        <translation>Accordo sul livello operativo (OLA)</translation>
    </message>
    <message>
        <source>Underpinning contract</source>
        <translation>Contratto di supporto (UC)</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Aziendale</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>Signed (active)</source>
        <translation>Firmato (attivo)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tempo di prima risposta</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Tempo di risoluzione</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Soddisfazione del cliente</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>Metrica personalizzata</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
</context>
<context>
    <name>Accordo::Evaluator</name>
    <message>
        <source>calendar &quot;%1&quot;</source>
        <translation>calendario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ticket %1: the result cannot be stored: %2</source>
        <translation>ticket %1: impossibile memorizzare il risultato: %2</translation>
    </message>
    <message>
        <source>as-of %1</source>
        <translation>istante di riferimento %1</translation>
    </message>
</context>
<context>
    <name>Accordo::HistoryPanel</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Charter edited</source>
        <translation>Capitolato modificato</translation>
    </message>
    <message>
        <source>Approvers set</source>
        <translation>Approvatori definiti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>created as %1</source>
        <translation>creato come %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Parent agreement</source>
        <translation>Accordo padre</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Revisione ogni</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Periodo di preavviso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Canone mensile</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia di conformità</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Credit cap</source>
        <translation>Massimale dei crediti</translation>
    </message>
    <message>
        <source>Credit tiers</source>
        <translation>Fasce di credito</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisiti</translation>
    </message>
    <message>
        <source>Delivery options</source>
        <translation>Opzioni di erogazione</translation>
    </message>
    <message>
        <source>(none: top of its hierarchy)</source>
        <translation>(nessuno: vertice della gerarchia)</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>tutte le regioni</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>24 ore su 24</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>below %1: %2 credit</source>
        <translation>sotto %1: credito %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>Target added: %1</source>
        <translation>Obiettivo aggiunto: %1</translation>
    </message>
    <message>
        <source>Target removed: %1</source>
        <translation>Obiettivo rimosso: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossibile leggere la cronologia: %1</translation>
    </message>
</context>
<context>
    <name>Accordo::HolidayRule</name>
    <message>
        <source>the date is not valid</source>
        <translation>la data non è valida</translation>
    </message>
    <message>
        <source>%1-%2 is not a day of the year</source>
        <translation>%1-%2 non è un giorno dell&apos;anno</translation>
    </message>
    <message>
        <source>month %1 is not between 1 and 12</source>
        <translation>il mese %1 non è compreso tra 1 e 12</translation>
    </message>
    <message>
        <source>nth %1 is not 1 to 4, or -1 for the last</source>
        <translation>nth %1 non è un valore da 1 a 4, né -1 per l&apos;ultimo</translation>
    </message>
    <message>
        <source>the weekday is not valid</source>
        <translation>il giorno della settimana non è valido</translation>
    </message>
    <message>
        <source>Easter offset %1 is not between -60 and 60</source>
        <translation>lo scostamento da Pasqua %1 non è compreso tra -60 e 60</translation>
    </message>
</context>
<context>
    <name>Accordo::HolidayRuleDialog</name>
    <message>
        <source>Holiday</source>
        <translation>Festività</translation>
    </message>
    <message>
        <source>e.g. Christmas Day</source>
        <translation>ad es. Natale</translation>
    </message>
    <message>
        <source>One day (a single date)</source>
        <translation>Un giorno (data singola)</translation>
    </message>
    <message>
        <source>Same day every year</source>
        <translation>Stesso giorno ogni anno</translation>
    </message>
    <message>
        <source>Nth weekday of a month</source>
        <translation>N-esimo giorno della settimana di un mese</translation>
    </message>
    <message>
        <source>Relative to Easter</source>
        <translation>Relativa alla Pasqua</translation>
    </message>
    <message>
        <source>Where the holiday is also observed when it falls on a Saturday or Sunday: the nearest weekday (Friday or Monday), or the next Monday.</source>
        <translation>In quale giorno si osserva la festività anche quando cade di sabato o di domenica: il giorno feriale più vicino (venerdì o lunedì) oppure il lunedì successivo.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primo</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Secondo</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Terzo</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days after Easter Sunday: Easter Monday is 1, Good Friday is -2, Whit Monday is 50.</source>
        <translation>Giorni dopo la domenica di Pasqua: il lunedì dell&apos;Angelo è 1, il Venerdì santo è -2, il lunedì di Pentecoste è 50.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mese:</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>On a &amp;weekend:</source>
        <translation>Nel &amp;fine settimana:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Quale:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>Giorno della &amp;settimana:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>S&amp;costamento:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Closes no day from today on.</source>
        <translation>Da oggi in poi non chiude alcun giorno.</translation>
    </message>
    <message>
        <source>Closes: %1</source>
        <translation>Chiude: %1</translation>
    </message>
</context>
<context>
    <name>Accordo::HolidayRulesModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>On a weekend</source>
        <translation>Nel fine settimana</translation>
    </message>
    <message>
        <source>Next closed day</source>
        <translation>Prossimo giorno di chiusura</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>Ogni %1 %2</translation>
    </message>
    <message>
        <source>First %1 of %2</source>
        <translation>Primo %1 di %2</translation>
    </message>
    <message>
        <source>Second %1 of %2</source>
        <translation>Secondo %1 di %2</translation>
    </message>
    <message>
        <source>Third %1 of %2</source>
        <translation>Terzo %1 di %2</translation>
    </message>
    <message>
        <source>Fourth %1 of %2</source>
        <translation>Quarto %1 di %2</translation>
    </message>
    <message>
        <source>Last %1 of %2</source>
        <translation>Ultimo %1 di %2</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Domenica di Pasqua</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non spostata</translation>
    </message>
    <message>
        <source>Also the nearest weekday</source>
        <translation>Anche il giorno feriale più vicino</translation>
    </message>
    <message>
        <source>Also the next Monday</source>
        <translation>Anche il lunedì successivo</translation>
    </message>
    <message>
        <source>Easter Sunday + 1 day</source>
        <translation>Domenica di Pasqua + 1 giorno</translation>
    </message>
    <message>
        <source>Easter Sunday − 1 day</source>
        <translation>Domenica di Pasqua − 1 giorno</translation>
    </message>
    <message>
        <source>Easter Sunday + %1 days</source>
        <translation>Domenica di Pasqua + %1 giorni</translation>
    </message>
    <message>
        <source>Easter Sunday − %1 days</source>
        <translation>Domenica di Pasqua − %1 giorni</translation>
    </message>
</context>
<context>
    <name>Accordo::IcalImport</name>
    <message>
        <source>not an iCalendar file</source>
        <translation>non è un file iCalendar</translation>
    </message>
    <message>
        <source>not an iCalendar file (no VCALENDAR)</source>
        <translation>non è un file iCalendar (manca VCALENDAR)</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>event %1: no DTSTART</source>
        <translation>evento %1: manca DTSTART</translation>
    </message>
    <message>
        <source>event %1: unsupported RRULE</source>
        <translation>evento %1: RRULE non supportata</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>riga %1: </translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 non è una data valida</translation>
    </message>
    <message>
        <source>event %1: FREQ=%2 repeats within a day; holidays close whole days, so only DAILY, WEEKLY, MONTHLY or YEARLY rules are read</source>
        <translation>evento %1: FREQ=%2 si ripete nell&apos;arco di una giornata; le festività chiudono giornate intere, quindi vengono lette solo le regole DAILY, WEEKLY, MONTHLY o YEARLY</translation>
    </message>
    <message>
        <source>event %1: the rules of this file repeat more than %2 times up to %3; split the file or shorten the rules</source>
        <translation>evento %1: le regole di questo file si ripetono più di %2 volte fino al %3; dividi il file o accorcia le regole</translation>
    </message>
    <message>
        <source>event %1: more than %2 holidays; a file may close at most %2 days</source>
        <translation>evento %1: più di %2 festività; un file può chiudere al massimo %2 giorni</translation>
    </message>
</context>
<context>
    <name>Accordo::ImportBatchModel</name>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Interruzioni</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondaggi</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Scartate</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>Accordo::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Cronologia importazioni</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>&amp;Annulla importazione…</translation>
    </message>
    <message>
        <source>Remove the rows the selected import added and restore those it changed</source>
        <translation>Rimuove le righe aggiunte dall&apos;importazione selezionata e ripristina quelle che ha modificato</translation>
    </message>
    <message>
        <source>Every import is kept as a batch, the latest first. Rolling one back removes the rows it added and restores the rows it changed, as they were before it.</source>
        <translation>Ogni importazione è conservata come lotto, la più recente per prima. Annullarne una rimuove le righe che ha aggiunto e ripristina quelle che ha modificato, com&apos;erano prima.</translation>
    </message>
    <message>
        <source>The import history cannot be read: %1</source>
        <translation>Impossibile leggere la cronologia delle importazioni: %1</translation>
    </message>
    <message>
        <source>Select an import to roll it back</source>
        <translation>Selezionare un&apos;importazione per annullarla</translation>
    </message>
    <message>
        <source>This import was rolled back already</source>
        <translation>Questa importazione è già stata annullata</translation>
    </message>
    <message>
        <source>Roll Back Import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Batch %1 was not rolled back: %2</source>
        <translation>Il lotto %1 non è stato annullato: %2</translation>
    </message>
    <message>
        <source>Roll back batch %1 (%2)?</source>
        <translation>Annullare il lotto %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new row(s) will be removed.</source>
        <translation>
            <numerusform>%Ln riga nuova verrà rimossa.</numerusform>
            <numerusform>%Ln righe nuove verranno rimosse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed row(s) will be restored as they were.</source>
        <translation>
            <numerusform>%Ln riga modificata verrà ripristinata com&apos;era.</numerusform>
            <numerusform>%Ln righe modificate verranno ripristinate com&apos;erano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 rolled back:</source>
        <translation>Lotto %1 annullato:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added row(s) removed,</source>
        <translation>
            <numerusform>%Ln riga aggiunta rimossa,</numerusform>
            <numerusform>%Ln righe aggiunte rimosse,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed row(s) restored.</source>
        <translation>
            <numerusform>%Ln riga modificata ripristinata.</numerusform>
            <numerusform>%Ln righe modificate ripristinate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ImportMapping</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>mappatura</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: posizione %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: chiave sconosciuta &quot;%2&quot; (attesa una tra %3)</translation>
    </message>
    <message>
        <source>%1: %2.%3: unknown field (expected one of %4)</source>
        <translation>%1: %2.%3: campo sconosciuto (atteso uno tra %4)</translation>
    </message>
    <message>
        <source>%1: %2: expected an object</source>
        <translation>%1: %2: atteso un oggetto</translation>
    </message>
    <message>
        <source>%1: columns.%2: expected a column name</source>
        <translation>%1: columns.%2: atteso il nome di una colonna</translation>
    </message>
    <message>
        <source>%1: constants.%2: expected a text, number or boolean</source>
        <translation>%1: constants.%2: atteso un testo, un numero o un booleano</translation>
    </message>
    <message>
        <source>%1: constants.%2: the field is also mapped to a column</source>
        <translation>%1: constants.%2: il campo è mappato anche su una colonna</translation>
    </message>
    <message>
        <source>%1: values.%2: expected an object of &quot;from&quot;: &quot;to&quot; pairs</source>
        <translation>%1: values.%2: atteso un oggetto di coppie &quot;from&quot;: &quot;to&quot;</translation>
    </message>
    <message>
        <source>%1: values.%2.%3: expected a text</source>
        <translation>%1: values.%2.%3: atteso un testo</translation>
    </message>
    <message>
        <source>%1: missing: expected an array of texts</source>
        <translation>%1: missing: atteso un array di testi</translation>
    </message>
    <message>
        <source>%1: time_zone: &quot;%2&quot; is not a known IANA time zone</source>
        <translation>%1: time_zone: &quot;%2&quot; non è un fuso orario IANA noto</translation>
    </message>
    <message>
        <source>%1: date_format: %2</source>
        <translation>%1: date_format: %2</translation>
    </message>
    <message>
        <source>%1: columns.%2: the column &quot;%3&quot; is not in the header of %4</source>
        <translation>%1: columns.%2: la colonna &quot;%3&quot; non è nell&apos;intestazione di %4</translation>
    </message>
    <message>
        <source>%1:%2: no column for the required field &quot;%3&quot; (name a column &quot;%3&quot; or map one in the mapping&apos;s &quot;columns&quot;)</source>
        <translation>%1:%2: nessuna colonna per il campo obbligatorio &quot;%3&quot; (chiama una colonna &quot;%3&quot; o mappane una in &quot;columns&quot; della mappatura)</translation>
    </message>
    <message>
        <source>%1:%2: a survey needs a &quot;ticket_id&quot; or a &quot;customer&quot; column</source>
        <translation>%1:%2: un sondaggio richiede una colonna &quot;ticket_id&quot; o &quot;customer&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from 1 to 5</source>
        <translation>&quot;%1&quot; non è un punteggio da 1 a 5</translation>
    </message>
    <message>
        <source>the ticket id is missing</source>
        <translation>manca l&apos;id del ticket</translation>
    </message>
    <message>
        <source>the opening instant is missing</source>
        <translation>manca l&apos;istante di apertura</translation>
    </message>
    <message>
        <source>%1 comes before the opening instant %2</source>
        <translation>%1 è precedente all&apos;istante di apertura %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not START/END</source>
        <translation>&quot;%1&quot; non è START/END</translation>
    </message>
    <message>
        <source>the pause &quot;%1&quot; ends before it starts</source>
        <translation>la pausa &quot;%1&quot; termina prima di iniziare</translation>
    </message>
    <message>
        <source>the service is missing</source>
        <translation>manca il servizio</translation>
    </message>
    <message>
        <source>the start is missing</source>
        <translation>manca l&apos;inizio</translation>
    </message>
    <message>
        <source>the end comes before the start</source>
        <translation>la fine è precedente all&apos;inizio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; non è true o false</translation>
    </message>
    <message>
        <source>neither a ticket id nor a customer is given</source>
        <translation>non è indicato né l&apos;id di un ticket né un cliente</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>manca la data</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>manca il punteggio</translation>
    </message>
    <message>
        <source>the row has %1 fields, fewer than the %2 of the header</source>
        <translation>la riga ha %1 campi, meno dei %2 dell&apos;intestazione</translation>
    </message>
    <message>
        <source>the row has %1 fields, more than the %2 of the header</source>
        <translation>la riga ha %1 campi, più dei %2 dell&apos;intestazione</translation>
    </message>
</context>
<context>
    <name>Accordo::ImportWizard</name>
    <message>
        <source>Import Measurements</source>
        <translation>Importa misurazioni</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose the CSV file and what it holds.</source>
        <translation>Scegli il file CSV e il tipo di dati che contiene.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Interruzioni</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Sondaggi di soddisfazione</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenuto:</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappatura</translation>
    </message>
    <message>
        <source>Choose how the file&apos;s columns become fields.</source>
        <translation>Scegli come le colonne del file diventano campi.</translation>
    </message>
    <message>
        <source>&amp;ServiceNow incident log</source>
        <translation>Registro degli incidenti di &amp;ServiceNow</translation>
    </message>
    <message>
        <source>Mapping &amp;file:</source>
        <translation>File di &amp;mappatura:</translation>
    </message>
    <message>
        <source>Saved &amp;profile:</source>
        <translation>&amp;Profilo salvato:</translation>
    </message>
    <message>
        <source>none: columns named like the fields</source>
        <translation>nessuna: colonne con lo stesso nome dei campi</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Save as P&amp;rofile…</source>
        <translation>Salva come p&amp;rofilo…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s):</source>
        <translation>
            <numerusform>Anteprima di %n riga iniziale:</numerusform>
            <numerusform>Anteprima delle prime %n righe:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows and import the good ones</source>
        <translation>Ignora le righe errate e importa quelle &amp;valide</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;porta</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Salva come profilo</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome del profilo:</translation>
    </message>
    <message>
        <source>The file is empty, not even a header.</source>
        <translation>Il file è vuoto, manca anche l&apos;intestazione.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The records were imported but not evaluated: %1</source>
        <translation>I record sono stati importati ma non valutati: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>riga %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>%n riga errata ignorata.</numerusform>
            <numerusform>%n righe errate ignorate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are updated by their key, never duplicated. A ticket is known by its source and its id: another system&apos;s tickets with the same ids stay apart. File ▸ Import History… rolls an import back.</source>
        <translation>I record sono aggiornati in base alla loro chiave, mai duplicati. Un ticket è identificato da sorgente e id: i ticket di un altro sistema con gli stessi id restano distinti. File ▸ Cronologia importazioni… annulla un&apos;importazione.</translation>
    </message>
    <message>
        <source>Which system the tickets come from, e.g. servicenow-prod: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Il sistema da cui provengono i ticket, per esempio servicenow-prod: lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;orgente:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) as batch %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Importato %n record come lotto %1: %2 nuovi, %3 aggiornati, %4 invariati.</numerusform>
            <numerusform>Importati %n record come lotto %1: %2 nuovi, %3 aggiornati, %4 invariati.</numerusform>
        </translation>
    </message>
    <message>
        <source>File ▸ Import History… rolls the batch back.</source>
        <translation>File ▸ Cronologia importazioni… annulla il lotto.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Count what the import would add, change and leave unmeasured, without storing anything</source>
        <translation>Conta che cosa l&apos;importazione aggiungerebbe, modificherebbe e lascerebbe senza misura, senza memorizzare nulla</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>The import is stored as one batch.</source>
        <translation>L&apos;importazione è memorizzata come un unico lotto.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>Il file non può essere importato così com&apos;è: %1</translation>
    </message>
    <message>
        <source>The import would add %1, update %2 and leave %3 unchanged.</source>
        <translation>L&apos;importazione aggiungerebbe %1 record, ne aggiornerebbe %2 e ne lascerebbe %3 invariati.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) would be skipped.</source>
        <translation>
            <numerusform>%n riga errata verrebbe saltata.</numerusform>
            <numerusform>%n righe errate verrebbero saltate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) name a customer and service that no target of the workspace names: nothing would measure them.</source>
        <translation>
            <numerusform>%n ticket indica un cliente e un servizio che nessun obiettivo dell&apos;area di lavoro nomina: nulla lo misurerebbe.</numerusform>
            <numerusform>%n ticket indicano un cliente e un servizio che nessun obiettivo dell&apos;area di lavoro nomina: nulla li misurerebbe.</numerusform>
        </translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Come dice il file</translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation>Sempre %1</translation>
    </message>
    <message>
        <source>Always %1 (%2)</source>
        <translation>Sempre %1 (%2)</translation>
    </message>
    <message>
        <source>A file that does not name the workspace&apos;s customer or service imports tickets nothing measures: choose the one every row is for</source>
        <translation>Un file che non nomina il cliente o il servizio dell&apos;area di lavoro importa ticket che nulla misura: scegliere quello a cui si riferisce ogni riga</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Clie&amp;nte:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vizio:</translation>
    </message>
</context>
<context>
    <name>Accordo::Improvement</name>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonata</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Nessuna modifica necessaria</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Azioni concordate</translation>
    </message>
    <message>
        <source>Amendment needed</source>
        <translation>Emendamento necessario</translation>
    </message>
    <message>
        <source>the action is %1, which is final</source>
        <translation>l&apos;azione è %1, uno stato finale</translation>
    </message>
    <message>
        <source>an action in progress does not go back to open</source>
        <translation>un&apos;azione in corso non può tornare aperta</translation>
    </message>
    <message>
        <source>dropping an action needs a reason</source>
        <translation>per abbandonare un&apos;azione serve un motivo</translation>
    </message>
</context>
<context>
    <name>Accordo::ImprovementActions</name>
    <message>
        <source>Improvement &amp;Actions…</source>
        <translation>Azio&amp;ni di miglioramento…</translation>
    </message>
    <message>
        <source>The actions that follow breaches, at-risk targets and findings, with their owners, due dates and states.</source>
        <translation>Le azioni che seguono violazioni, obiettivi a rischio e rilievi, con responsabili, scadenze e stati.</translation>
    </message>
    <message>
        <source>Record Re&amp;view…</source>
        <translation>Registra re&amp;visione…</translation>
    </message>
    <message>
        <source>Record a service review held with the customer.</source>
        <translation>Registra una revisione del servizio tenuta con il cliente.</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>Registra revisione</translation>
    </message>
    <message>
        <source>%1 has no active version to review.</source>
        <translation>%1 non ha una versione attiva da revisionare.</translation>
    </message>
    <message>
        <source>Raise A&amp;ction…</source>
        <translation>Crea a&amp;zione…</translation>
    </message>
</context>
<context>
    <name>Accordo::IsoTime</name>
    <message>
        <source>&quot;%1&quot; is not a valid ISO 8601 instant (%2)</source>
        <translation>&quot;%1&quot; non è un istante ISO 8601 valido (%2)</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DDThh:mm:ssZ</source>
        <translation>atteso YYYY-MM-DDThh:mm:ssZ</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>data inesistente</translation>
    </message>
    <message>
        <source>expected a time hh:mm after the date</source>
        <translation>attesa un&apos;ora hh:mm dopo la data</translation>
    </message>
    <message>
        <source>expected seconds after hh:mm:</source>
        <translation>attesi i secondi dopo hh:mm:</translation>
    </message>
    <message>
        <source>expected digits after the decimal sign</source>
        <translation>attese cifre dopo il separatore decimale</translation>
    </message>
    <message>
        <source>time out of range</source>
        <translation>ora fuori intervallo</translation>
    </message>
    <message>
        <source>an offset needs a time</source>
        <translation>uno scostamento orario richiede un&apos;ora</translation>
    </message>
    <message>
        <source>expected Z or an offset like +01:00</source>
        <translation>atteso Z o uno scostamento orario come +01:00</translation>
    </message>
    <message>
        <source>offset out of range</source>
        <translation>scostamento orario fuori intervallo</translation>
    </message>
    <message>
        <source>%1: the year %2 is outside the years Accordo supports (%3 to %4)</source>
        <translation>%1: l&apos;anno %2 è al di fuori degli anni supportati da Accordo (dal %3 al %4)</translation>
    </message>
</context>
<context>
    <name>Accordo::KpiEngine</name>
    <message>
        <source>calendar &quot;%1&quot;</source>
        <translation>calendario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KPIs of target %1 in %2 cannot be stored: %3</source>
        <translation>Impossibile memorizzare i KPI dell&apos;obiettivo %1 in %2: %3</translation>
    </message>
    <message>
        <source>KPIs of target %1 in %2 cannot be read: %3</source>
        <translation>non è possibile leggere i KPI dell&apos;obiettivo %1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>Accordo::Language</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>Accordo::LibraryJson</name>
    <message>
        <source>%1, at character %2: %3</source>
        <translation>%1, al carattere %2: %3</translation>
    </message>
    <message>
        <source>%1: the top-level object needs a list &quot;%2&quot;</source>
        <translation>%1: l&apos;oggetto di primo livello richiede una lista &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field %2.%3: the text in this language is missing</source>
        <translation>%1, campo %2.%3: manca il testo in questa lingua</translation>
    </message>
    <message>
        <source>%1, clause %2: the key is missing</source>
        <translation>%1, clausola %2: manca la chiave</translation>
    </message>
    <message>
        <source>%1, clause &quot;%2&quot;</source>
        <translation>%1, clausola &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the key appears twice</source>
        <translation>%1: la chiave compare due volte</translation>
    </message>
    <message>
        <source>%1: a section has no key</source>
        <translation>%1: una sezione non ha una chiave</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;</source>
        <translation>%1, sezione &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown clause &quot;%2&quot;</source>
        <translation>%1: clausola sconosciuta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, template &quot;%2&quot;</source>
        <translation>%1, modello &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the kind must be one of customer_sla, internal_sla, ola, uc</source>
        <translation>%1: il tipo deve essere uno tra customer_sla, internal_sla, ola, uc</translation>
    </message>
    <message>
        <source>%1: the kind appears twice</source>
        <translation>%1: il tipo compare due volte</translation>
    </message>
    <message>
        <source>%1: the section &quot;%2&quot; appears twice</source>
        <translation>%1: la sezione &quot;%2&quot; compare due volte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Accordo::MainWindow</name>
    <message>
        <source>Accordo</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;ggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Accordi</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servizi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Accordo</source>
        <translation>&amp;Informazioni su Accordo</translation>
    </message>
    <message>
        <source>About Accordo</source>
        <translation>Informazioni su Accordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accordo %1&lt;/h3&gt;&lt;p&gt;Service level management: agreements, targets in business time, measurements and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accordo %1&lt;/h3&gt;&lt;p&gt;Gestione dei livelli di servizio: accordi, obiettivi in tempo lavorativo, misurazioni e report.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>accordi</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servizi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Internal departments</source>
        <translation>Reparti interni</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fornitori</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Tutte le controparti</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossibile aprire l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 — Accordo</source>
        <translation>%1 — Accordo</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n agreement(s)</source>
        <translation>
            <numerusform>Aperto %1: %n accordo</numerusform>
            <numerusform>Aperto %1: %n accordi</numerusform>
        </translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuova area di lavoro</translation>
    </message>
    <message>
        <source>Accordo workspaces (*.accordo *.db)</source>
        <translation>Aree di lavoro di Accordo (*.accordo *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 esiste già. Aprilo oppure scegli un altro nome.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <source>Accordo workspaces (*.accordo *.db);;All files (*)</source>
        <translation>Aree di lavoro di Accordo (*.accordo *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Cancella elenco</translation>
    </message>
    <message>
        <source>&amp;Add Agreement…</source>
        <translation>A&amp;ggiungi accordo…</translation>
    </message>
    <message>
        <source>&amp;Add Party…</source>
        <translation>A&amp;ggiungi controparte…</translation>
    </message>
    <message>
        <source>&amp;Add Service…</source>
        <translation>A&amp;ggiungi servizio…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Aggiunto: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?

You can bring it back with Edit ▸ Undo.</source>
        <translation>Eliminare &quot;%1&quot;?

Puoi ripristinarlo con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Eliminato: %1</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Cambia &amp;utente…</translation>
    </message>
    <message>
        <source>Ca&amp;lendars</source>
        <translation>Calen&amp;dari</translation>
    </message>
    <message>
        <source>&amp;Reviews and Renewals…</source>
        <translation>&amp;Revisioni e rinnovi…</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>F&amp;lusso di lavoro</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flusso di lavoro</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Utente corrente: %1 (%2)</translation>
    </message>
    <message>
        <source>calendars</source>
        <translation>calendari</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>&amp;Add Calendar…</source>
        <translation>A&amp;ggiungi calendario…</translation>
    </message>
    <message>
        <source>Re&amp;gions…</source>
        <translation>Regi&amp;oni…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Connetti al server…</translation>
    </message>
    <message>
        <source>&amp;Import Measurements…</source>
        <translation>&amp;Importa misurazioni…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Cr&amp;uscotto</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connetti al server</translation>
    </message>
    <message>
        <source>Workspace on a PostgreSQL server (the password is read from PGPASSWORD or ~/.pgpass):</source>
        <translation>Area di lavoro su un server PostgreSQL (la password viene letta da PGPASSWORD o da ~/.pgpass):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: write postgresql://user@host:port/database</source>
        <translation>&quot;%1&quot; non è un indirizzo di server: scrivi postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Recomputing results…</source>
        <translation>Ricalcolo dei risultati…</translation>
    </message>
    <message>
        <source>Judge every ticket and compute every KPI again. Accordo does this by itself after a change of terms or measurements.</source>
        <translation>Valuta di nuovo ogni ticket e ricalcola ogni KPI. Accordo lo fa da sé dopo una modifica di condizioni o misurazioni.</translation>
    </message>
    <message>
        <source>&amp;Portfolio Checks…</source>
        <translation>Controlli del &amp;portafoglio…</translation>
    </message>
    <message>
        <source>OLAs looser than their SLAs, services without an SLA, overdue reviews and watermelons.</source>
        <translation>OLA meno rigorosi dei loro SLA, servizi senza SLA, revisioni scadute ed effetto anguria.</translation>
    </message>
    <message>
        <source>Rec&amp;ompute Results</source>
        <translation>Ricalc&amp;ola risultati</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Cronologia i&amp;mportazioni…</translation>
    </message>
    <message>
        <source>On a server workspace you work as the login you connected with: connect again as another login to switch</source>
        <translation>Su un&apos;area di lavoro su server lavori con il login con cui ti sei connesso: per cambiare, connettiti di nuovo con un altro login</translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>Importa misurazioni</translation>
    </message>
    <message>
        <source>First Administrator</source>
        <translation>Primo amministratore</translation>
    </message>
    <message>
        <source>%1 has no users yet. Name its first administrator (you): 1–64 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>%1 non ha ancora utenti. Indica il suo primo amministratore (tu): 1–64 lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>On a local workspace file, this choice records who made each change; it is not a password check.</source>
        <translation>Su un file locale dell&apos;area di lavoro, questa scelta registra chi ha fatto ciascuna modifica; non è un controllo di password.</translation>
    </message>
    <message>
        <source>%1 has no users yet. Register the server login %2 as its first administrator? Without one, the workspace opens read-only.</source>
        <translation>%1 non ha ancora utenti. Registrare il login del server %2 come suo primo amministratore? Senza un amministratore, l&apos;area di lavoro si apre in sola lettura.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Sola lettura: %1</translation>
    </message>
    <message>
        <source>Working as %1 (%2), the server login</source>
        <translation>Utente corrente: %1 (%2), il login del server</translation>
    </message>
    <message>
        <source>%1 does not match the server login %2</source>
        <translation>%1 non corrisponde al login del server %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved for Accordo itself; name a user of the workspace</source>
        <translation>il nome &quot;%1&quot; è riservato ad Accordo stesso; indica un utente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>C&amp;lose Workspace</source>
        <translation>C&amp;hiudi area di lavoro</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Benvenuto</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>New A&amp;greement with This Party…</source>
        <translation>Nuovo &amp;accordo con questa controparte…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>The workspace was created, but not its calendar: %1</source>
        <translation>L&apos;area di lavoro è stata creata, ma non il suo calendario: %1</translation>
    </message>
    <message>
        <source>Created %1 with the calendar %2</source>
        <translation>Creata l&apos;area di lavoro %1 con il calendario %2</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Creazione dell&apos;area di lavoro dimostrativa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Esplora la demo</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>Importa c&amp;lienti…</translation>
    </message>
    <message>
        <source>Service &amp;Offerings…</source>
        <translation>Offerte di &amp;servizio…</translation>
    </message>
    <message>
        <source>Custom &amp;Metrics…</source>
        <translation>Metriche &amp;personalizzate…</translation>
    </message>
    <message>
        <source>Clause &amp;Library…</source>
        <translation>&amp;Libreria delle clausole…</translation>
    </message>
</context>
<context>
    <name>Accordo::MeasurementImporter</name>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>riga</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad row(s)</source>
        <translation>
            <numerusform>… e %n altra riga errata</numerusform>
            <numerusform>… e altre %n righe errate</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping is not one for this kind of record</source>
        <translation>la mappatura non è adatta a questo tipo di record</translation>
    </message>
    <message>
        <source>%1: the import cannot start a transaction: %2</source>
        <translation>%1: l&apos;importazione non può avviare una transazione: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: the record cannot be written: %3</source>
        <translation>%1:%2: impossibile scrivere il record: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty, not even a header</source>
        <translation>%1: il file è vuoto, manca anche l&apos;intestazione</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, %n row(s) are bad:</source>
        <translation>
            <numerusform>%1: non è stato importato nulla, %n riga è errata:</numerusform>
            <numerusform>%1: non è stato importato nulla, %n righe sono errate:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message>
        <source>%1: the import could not be committed: %2</source>
        <translation>%1: impossibile confermare l&apos;importazione: %2</translation>
    </message>
    <message>
        <source>%1: the import was cancelled, nothing was imported</source>
        <translation>%1: l&apos;importazione è stata annullata, non è stato importato nulla</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is not 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>la sorgente &quot;%1&quot; non è fatta di 1-64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>non esiste il lotto di importazione %1</translation>
    </message>
    <message>
        <source>batch %1 (%2) was rolled back already, on %3 by %4</source>
        <translation>il lotto %1 (%2) è già stato annullato, il %3 da %4</translation>
    </message>
    <message>
        <source>batch %1 (%2) changed rows of batch %3 (%4) since: roll it back first</source>
        <translation>il lotto %1 (%2) ha poi modificato righe del lotto %3 (%4): annullare prima quello</translation>
    </message>
    <message>
        <source>batch %1: row %2 cannot be restored: %3</source>
        <translation>lotto %1: impossibile ripristinare la riga %2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read</source>
        <translation>%1: impossibile leggere il file</translation>
    </message>
    <message>
        <source>%1: the import cannot be recorded: %2</source>
        <translation>%1: impossibile registrare l&apos;importazione: %2</translation>
    </message>
    <message>
        <source>%1: the bad rows cannot be written to the file being imported</source>
        <translation>%1: le righe errate non possono essere scritte nel file in corso di importazione</translation>
    </message>
    <message>
        <source>%1: imported as batch %2, but the bad rows could not be written to %3: %4</source>
        <translation>%1: importato come lotto %2, ma impossibile scrivere le righe errate in %3: %4</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: non è stato importato nulla: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric defined in the workspace</source>
        <translation>&quot;%1&quot; non è una metrica definita nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>the metric &quot;%1&quot; aggregates by %2: give a value, not successes and attempts</source>
        <translation>la metrica &quot;%1&quot; aggrega per %2: indica un valore, non successi e tentativi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer of the workspace</source>
        <translation>&quot;%1&quot; non è un cliente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service of the workspace</source>
        <translation>&quot;%1&quot; non è un servizio dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the workspace</source>
        <translation>&quot;%1&quot; non è una regione dell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>Accordo::MetricDefinitions</name>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somma</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Rate (successes / attempts)</source>
        <translation>Tasso (successi / tentativi)</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
</context>
<context>
    <name>Accordo::MetricDialog</name>
    <message>
        <source>Custom metric</source>
        <translation>Metrica personalizzata</translation>
    </message>
    <message>
        <source>e.g. Backup success rate</source>
        <translation>ad es. Tasso di successo dei backup</translation>
    </message>
    <message>
        <source>e.g. %, business days</source>
        <translation>ad es. %, giorni lavorativi</translation>
    </message>
    <message>
        <source>How the observations of a period make its value; a rate counts successes out of attempts, in %</source>
        <translation>Come le osservazioni di un periodo ne determinano il valore; un tasso conta i successi sul totale dei tentativi, in %</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Aggregation per period:</source>
        <translation>&amp;Aggregazione per periodo:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Migliore:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Edit custom metric %1</source>
        <translation>Modifica metrica personalizzata %1</translation>
    </message>
</context>
<context>
    <name>Accordo::MetricStore</name>
    <message>
        <source>Metric definition: the name is empty</source>
        <translation>Definizione di metrica: il nome è vuoto</translation>
    </message>
    <message>
        <source>Metric definition &quot;%1…&quot;: the name is longer than 80 characters</source>
        <translation>Definizione di metrica &quot;%1…&quot;: il nome supera gli 80 caratteri</translation>
    </message>
    <message>
        <source>Metric definition &quot;%1&quot;: the unit &quot;%2&quot; is longer than 40 characters</source>
        <translation>Definizione di metrica &quot;%1&quot;: l&apos;unità &quot;%2&quot; supera i 40 caratteri</translation>
    </message>
    <message>
        <source>there is no metric definition with id %1</source>
        <translation>non esiste alcuna definizione di metrica con id %1</translation>
    </message>
    <message>
        <source>Metric definition &quot;%1&quot;</source>
        <translation>Definizione di metrica &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Metric definition &quot;%1&quot; no longer exists</source>
        <translation>La definizione di metrica &quot;%1&quot; non esiste più</translation>
    </message>
    <message numerus="yes">
        <source>Metric definition &quot;%1&quot;: %n target(s) refer to it by name, so it cannot be renamed to &quot;%2&quot;</source>
        <translation>
            <numerusform>Definizione di metrica &quot;%1&quot;: %n obiettivo vi fa riferimento per nome, quindi non può essere rinominata in &quot;%2&quot;</numerusform>
            <numerusform>Definizione di metrica &quot;%1&quot;: %n obiettivi vi fanno riferimento per nome, quindi non può essere rinominata in &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metric definition &quot;%1&quot;: %n target(s) refer to it, so it cannot be removed</source>
        <translation>
            <numerusform>Definizione di metrica &quot;%1&quot;: %n obiettivo vi fa riferimento, quindi non può essere rimossa</numerusform>
            <numerusform>Definizione di metrica &quot;%1&quot;: %n obiettivi vi fanno riferimento, quindi non può essere rimossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::MetricsDialog</name>
    <message>
        <source>Custom Metrics</source>
        <translation>Metriche personalizzate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregazione</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Migliore</translation>
    </message>
    <message>
        <source>Delete custom metric</source>
        <translation>Elimina metrica personalizzata</translation>
    </message>
    <message>
        <source>Delete the custom metric &quot;%1&quot;?</source>
        <translation>Eliminare la metrica personalizzata &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Name: a custom metric called &quot;%1&quot; already exists</source>
        <translation>Nome: esiste già una metrica personalizzata chiamata &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Accordo::Migrations</name>
    <message>
        <source>the workspace has no schema version</source>
        <translation>l&apos;area di lavoro non ha una versione dello schema</translation>
    </message>
    <message>
        <source>the workspace&apos;s schema version &quot;%1&quot; is not a number</source>
        <translation>la versione dello schema dell&apos;area di lavoro, &quot;%1&quot;, non è un numero</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, but this Accordo knows only up to %2: it was written by a newer Accordo</source>
        <translation>l&apos;area di lavoro ha la versione dello schema %1, ma questo Accordo conosce solo fino alla %2: è stata scritta da un Accordo più recente</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>aggiornamento dello schema alla versione %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>the table %1 does not hold its check &quot;%2&quot; once</source>
        <translation>la tabella %1 non contiene il suo controllo &quot;%2&quot; esattamente una volta</translation>
    </message>
    <message>
        <source>the table tickets does not hold its key (source, number) as one UNIQUE constraint</source>
        <translation>la tabella tickets non contiene la sua chiave (source, number) come un unico vincolo UNIQUE</translation>
    </message>
</context>
<context>
    <name>Accordo::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money (expected e.g. 1200.50 EUR)</source>
        <translation>&quot;%1&quot; non è un importo (atteso ad es. 1200.50 EUR)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies</source>
        <translation>&quot;%1&quot; indica due valute</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid currency code (three capital letters, e.g. EUR)</source>
        <translation>&quot;%1&quot; non ha un codice valuta valido (tre lettere maiuscole, ad es. EUR)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>&quot;%1&quot; ha più di due decimali</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: amounts of money go up to ±%2</source>
        <translation>&quot;%1&quot; è troppo grande: gli importi arrivano fino a ±%2</translation>
    </message>
    <message>
        <source>%1 × %2 % is too large: amounts of money go up to ±%3</source>
        <translation>%1 × %2 % è troppo grande: gli importi arrivano fino a ±%3</translation>
    </message>
    <message>
        <source>%1 × %2 is too large: amounts of money go up to ±%3</source>
        <translation>%1 × %2 è troppo grande: gli importi arrivano fino a ±%3</translation>
    </message>
    <message>
        <source>%1 %2 and %3 %4 are in different currencies</source>
        <translation>%1 %2 e %3 %4 sono in valute diverse</translation>
    </message>
    <message>
        <source>%1 + %2 is too large: amounts of money go up to ±%3</source>
        <translation>%1 + %2 è troppo grande: gli importi arrivano fino a ±%3</translation>
    </message>
</context>
<context>
    <name>Accordo::NextStepBanner</name>
    <message>
        <source>Saved. %1</source>
        <translation>Salvato. %1</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Approvazione: %1</translation>
    </message>
</context>
<context>
    <name>Accordo::OfferingDialog</name>
    <message>
        <source>Service Level Offering</source>
        <translation>Offerta di livello di servizio</translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation>ad es. Gold</translation>
    </message>
    <message>
        <source>e.g. EUR 1200.00</source>
        <translation>ad es. EUR 1200.00</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Price per month:</source>
        <translation>&amp;Prezzo mensile:</translation>
    </message>
    <message>
        <source>Price &amp;counts:</source>
        <translation>Prezzo &amp;calcolato:</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Aggiungi obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>Modi&amp;fica obiettivo…</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>Rim&amp;uovi obiettivo</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prezzo: %1</translation>
    </message>
    <message>
        <source>Price: name the currency, e.g. EUR 1200.00</source>
        <translation>Prezzo: indica la valuta, ad es. EUR 1200.00</translation>
    </message>
</context>
<context>
    <name>Accordo::OfferingStore</name>
    <message>
        <source>Offering %1</source>
        <translation>Offerta %1</translation>
    </message>
    <message>
        <source>%1, field service: there is no service with id %2</source>
        <translation>%1, campo servizio: non esiste alcun servizio con id %2</translation>
    </message>
    <message>
        <source>%1 is used by agreements (%2 price lines and targets): it stays for their record</source>
        <translation>%1 è usata da accordi (%2 tra righe di prezzo e obiettivi): resta agli atti per loro</translation>
    </message>
    <message>
        <source>there is no offering with id %1</source>
        <translation>non esiste alcuna offerta con id %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the service has no offering named &quot;%1&quot; in %2</source>
        <translation>il servizio non ha alcuna offerta denominata &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Agreement %1 version %2 is %3: an offering is applied while drafting or negotiating; amend it to change its prices</source>
        <translation>L&apos;accordo %1 versione %2 è nello stato &quot;%3&quot;: un&apos;offerta si applica in bozza o in negoziazione; emendalo per cambiarne i prezzi</translation>
    </message>
</context>
<context>
    <name>Accordo::OfferingsDialog</name>
    <message>
        <source>Service Level Offerings</source>
        <translation>Offerte di livello di servizio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the offering %1?</source>
        <translation>Rimuovere l&apos;offerta %1?</translation>
    </message>
</context>
<context>
    <name>Accordo::PartyDialog</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Grande impresa</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Media impresa</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Piccola impresa</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Settore pubblico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contatto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuovo %1</translation>
    </message>
    <message>
        <source>Services this party receives. The portfolio check reports each one that no signed SLA in force covers.</source>
        <translation>Servizi che questa controparte riceve. Il controllo del portafoglio segnala ciascuno che nessuno SLA firmato in vigore copre.</translation>
    </message>
    <message>
        <source>Services &amp;delivered:</source>
        <translation>Servizi ero&amp;gati:</translation>
    </message>
    <message>
        <source>Save and New &amp;Agreement…</source>
        <translation>Salva e nuovo &amp;accordo…</translation>
    </message>
    <message>
        <source>the CRM&apos;s account id, if it is there</source>
        <translation>l&apos;id dell&apos;account nel CRM, se presente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Lost or terminated puts the party&apos;s agreements in force on the reviews-and-renewals list: their termination is to be decided.</source>
        <translation>Con Perso o Terminato, gli accordi in vigore della controparte entrano nell&apos;elenco delle revisioni e dei rinnovi: la loro cessazione è da decidere.</translation>
    </message>
    <message>
        <source>CRM &amp;account id:</source>
        <translation>&amp;ID account CRM:</translation>
    </message>
    <message>
        <source>CRM s&amp;tatus:</source>
        <translation>Stato CR&amp;M:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;ontatti:</translation>
    </message>
</context>
<context>
    <name>Accordo::PartyImport</name>
    <message>
        <source>%1, line %2, field %3, value &quot;%4&quot;: %5</source>
        <translation>%1, riga %2, campo %3, valore &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>no customer has this name, and the card gives no CRM account id (X-CRM-ACCOUNT-ID) to create it</source>
        <translation>nessun cliente ha questo nome e la scheda non indica un id account CRM (X-CRM-ACCOUNT-ID) per crearlo</translation>
    </message>
    <message>
        <source>the customer of this name has the CRM account id &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il cliente con questo nome ha l&apos;id account CRM &quot;%1&quot;, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no region has this code</source>
        <translation>nessuna regione ha questo codice</translation>
    </message>
    <message>
        <source>the customer &quot;%1&quot; comes twice in the file (line %2)</source>
        <translation>il cliente &quot;%1&quot; compare due volte nel file (riga %2)</translation>
    </message>
    <message>
        <source>the import of customers</source>
        <translation>l&apos;importazione dei clienti</translation>
    </message>
</context>
<context>
    <name>Accordo::PartyImportDialog</name>
    <message>
        <source>Import Customers</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>a CSV export of the CRM, or a vCard file of contacts</source>
        <translation>un&apos;esportazione CSV del CRM o un file vCard di contatti</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Esportazioni CRM (*.csv *.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>optional: a JSON file naming the CSV&apos;s columns</source>
        <translation>facoltativo: un file JSON che indica le colonne del CSV</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>Mappatura delle colonne</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mappature (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mappatura:</translation>
    </message>
    <message>
        <source>&amp;Prefer the file&apos;s values where they conflict with changes made in Accordo</source>
        <translation>&amp;Preferisci i valori del file in caso di conflitto con le modifiche fatte in Accordo</translation>
    </message>
    <message>
        <source>Choose a file to see what it changes.</source>
        <translation>Scegli un file per vedere che cosa cambia.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Nothing can be imported until the file is corrected.</source>
        <translation>Non è possibile importare nulla finché il file non viene corretto.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the file&apos;s value is taken.</source>
        <translation>
            <numerusform>%n conflitto: si adotta il valore del file.</numerusform>
            <numerusform>%n conflitti: si adotta il valore del file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): Accordo&apos;s value is kept.</source>
        <translation>
            <numerusform>%n conflitto: si mantiene il valore di Accordo.</numerusform>
            <numerusform>%n conflitti: si mantiene il valore di Accordo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged. %4</source>
        <translation>%1 da creare, %2 da aggiornare, %3 invariati. %4</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importazione dei clienti…</translation>
    </message>
</context>
<context>
    <name>Accordo::PartyImportFile</name>
    <message>
        <source>%1, line %2, field %3, value &quot;%4&quot;: %5</source>
        <translation>%1, riga %2, campo %3, valore &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 deve essere un oggetto di stringhe</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; deve essere una stringa</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: non è un oggetto JSON (%2)</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: &quot;%3&quot; is not a field (%4)</source>
        <translation>%1, &quot;%2&quot;: &quot;%3&quot; non è un campo (%4)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 deve essere un oggetto</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (columns, values, constants)</source>
        <translation>%1: chiave sconosciuta &quot;%2&quot; (columns, values, constants)</translation>
    </message>
    <message>
        <source>%1: a mapping applies to CSV files, not to vCard files</source>
        <translation>%1: una mappatura si applica ai file CSV, non ai file vCard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: il file supera %2 MB</translation>
    </message>
    <message>
        <source>%1: the file is empty: it needs a header</source>
        <translation>%1: il file è vuoto: serve un&apos;intestazione</translation>
    </message>
    <message>
        <source>%1: the header has no column &quot;%2&quot; (mapped to %3)</source>
        <translation>%1: l&apos;intestazione non ha la colonna &quot;%2&quot; (mappata su %3)</translation>
    </message>
    <message>
        <source>%1: the header has no column &quot;%2&quot;</source>
        <translation>%1: l&apos;intestazione non ha la colonna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields, the header %4</source>
        <translation>%1, riga %2: la riga ha %3 campi, l&apos;intestazione %4</translation>
    </message>
    <message>
        <source>the CRM account id is required</source>
        <translation>l&apos;id account CRM è obbligatorio</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>il nome è obbligatorio</translation>
    </message>
    <message>
        <source>the status must be active, lost or terminated</source>
        <translation>lo stato deve essere active, lost o terminated</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>indirizzo e-mail non valido</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>un contatto richiede un nome</translation>
    </message>
    <message>
        <source>line %1 gives &quot;%2&quot; for the same customer</source>
        <translation>la riga %1 indica &quot;%2&quot; per lo stesso cliente</translation>
    </message>
    <message>
        <source>the card names no organisation: whose contact is it?</source>
        <translation>la scheda non indica alcuna organizzazione: di chi è il contatto?</translation>
    </message>
</context>
<context>
    <name>Accordo::PartyImportModel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <source>In Accordo</source>
        <translation>In Accordo</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
</context>
<context>
    <name>Accordo::PerformancePanel</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Service &amp;Report…</source>
        <translation>&amp;Report di servizio…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia di conformità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Margine di errore residuo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Aperto (UTC)</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Scadenza (UTC)</translation>
    </message>
    <message>
        <source>Business time taken</source>
        <translation>Tempo lavorativo impiegato</translation>
    </message>
    <message>
        <source>Tickets that breached a target in the period:</source>
        <translation>Ticket che hanno violato un obiettivo nel periodo:</translation>
    </message>
    <message>
        <source>No KPIs are stored for this agreement yet.</source>
        <translation>Per questo accordo non è ancora memorizzato alcun KPI.</translation>
    </message>
    <message>
        <source>Service credits owed for %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Crediti di servizio dovuti per %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Print preview or PDF of the service report of the chosen period</source>
        <translation>Anteprima di stampa o PDF del report di servizio del periodo scelto</translation>
    </message>
</context>
<context>
    <name>Accordo::PlaceholderValues</name>
    <message>
        <source>%1 version %2: the workspace does not name the provider, which every document names (set it in the clause library)</source>
        <translation>%1 versione %2: l&apos;area di lavoro non indica il fornitore, che ogni documento deve nominare (impostalo nella libreria delle clausole)</translation>
    </message>
</context>
<context>
    <name>Accordo::Placeholders</name>
    <message>
        <source>%1: unknown placeholder {{%2}}</source>
        <translation>%1: segnaposto sconosciuto {{%2}}</translation>
    </message>
    <message>
        <source>%1: a placeholder opened with {{ is not closed with }}</source>
        <translation>%1: un segnaposto aperto con {{ non è chiuso con }}</translation>
    </message>
    <message>
        <source>%1: the placeholder {{%2}} has no value</source>
        <translation>%1: il segnaposto {{%2}} non ha un valore</translation>
    </message>
</context>
<context>
    <name>Accordo::PortfolioChecks</name>
    <message>
        <source>%1 (%2), target %3: the custom metric &quot;%4&quot; has no definition in the catalogue, so nothing measures it</source>
        <translation>%1 (%2), obiettivo %3: la metrica personalizzata &quot;%4&quot; non ha una definizione nel catalogo, quindi nulla la misura</translation>
    </message>
    <message>
        <source>%1 (%2), target %3: no observation of &quot;%4&quot; measured %5, which has ended</source>
        <translation>%1 (%2), obiettivo %3: nessuna osservazione di &quot;%4&quot; ha misurato %5, che è terminato</translation>
    </message>
    <message>
        <source>%1 (%2), target %3: no observation of &quot;%4&quot; measured the %5 periods from %6 to %7, which have ended</source>
        <translation>%1 (%2), obiettivo %3: nessuna osservazione di &quot;%4&quot; ha misurato i %5 periodi da %6 a %7, che sono terminati</translation>
    </message>
</context>
<context>
    <name>Accordo::PortfolioChecksDialog</name>
    <message>
        <source>Portfolio checks</source>
        <translation>Controlli del portafoglio</translation>
    </message>
    <message>
        <source>Double-click a row to open its agreement.</source>
        <translation>Fare doppio clic su una riga per aprirne l&apos;accordo.</translation>
    </message>
    <message>
        <source>goal %1 % where the SLA has %2 %</source>
        <translation>soglia %1 % dove lo SLA ha %2 %</translation>
    </message>
    <message>
        <source>%1 where the SLA promises %2</source>
        <translation>%1 dove lo SLA promette %2</translation>
    </message>
    <message>
        <source>OLA or UC</source>
        <translation>OLA o UC</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supporta</translation>
    </message>
    <message>
        <source>SLA title</source>
        <translation>Titolo dello SLA</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Looser promise</source>
        <translation>Promessa meno rigorosa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tickets (last 90 days)</source>
        <translation>Ticket (ultimi 90 giorni)</translation>
    </message>
    <message>
        <source>Listed as delivered</source>
        <translation>Indicato come erogato</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>revisione scaduta</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>rinnovo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Preavviso entro</translation>
    </message>
    <message>
        <source>CSAT low while every target is met</source>
        <translation>CSAT bassa mentre ogni obiettivo è rispettato</translation>
    </message>
    <message>
        <source>CSAT down more than 10 points</source>
        <translation>CSAT in calo di oltre 10 punti</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>&amp;Consistency (%1)</source>
        <translation>&amp;Coerenza (%1)</translation>
    </message>
    <message>
        <source>C&amp;overage (%1)</source>
        <translation>C&amp;opertura (%1)</translation>
    </message>
    <message>
        <source>&amp;Reviews and renewals (%1)</source>
        <translation>&amp;Revisioni e rinnovi (%1)</translation>
    </message>
    <message>
        <source>&amp;Watermelons (%1)</source>
        <translation>Effetto &amp;anguria (%1)</translation>
    </message>
    <message>
        <source>No problems found on %1.</source>
        <translation>Nessun problema trovato al %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found on %1.</source>
        <translation>
            <numerusform>%n problema trovato al %1.</numerusform>
            <numerusform>%n problemi trovati al %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Contro&amp;lla di nuovo</translation>
    </message>
    <message>
        <source>Raise &amp;Action…</source>
        <translation>Crea &amp;azione…</translation>
    </message>
    <message>
        <source>a credit is owed below %1 % while the target is met from %2 %</source>
        <translation>è dovuto un credito sotto il %1 %, mentre l&apos;obiettivo è rispettato dal %2 %</translation>
    </message>
    <message>
        <source>customer ended in CRM: termination to be decided</source>
        <translation>cliente cessato nel CRM: cessazione da decidere</translation>
    </message>
    <message>
        <source>Custom &amp;metrics (%1)</source>
        <translation>&amp;Metriche personalizzate (%1)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 periods)</source>
        <translation>da %1 a %2 (%3 periodi)</translation>
    </message>
    <message>
        <source>no definition in the catalogue: nothing measures it</source>
        <translation>nessuna definizione nel catalogo: nulla la misura</translation>
    </message>
    <message>
        <source>no observations for periods that have ended</source>
        <translation>nessuna osservazione per periodi terminati</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Accordo::PortfolioReport</name>
    <message>
        <source>Portfolio report %1</source>
        <translation>Report di portafoglio %1</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Report di portafoglio</translation>
    </message>
    <message>
        <source>cannot write the report</source>
        <translation>impossibile scrivere il report</translation>
    </message>
    <message>
        <source>PORTFOLIO REPORT</source>
        <translation>REPORT DI PORTAFOGLIO</translation>
    </message>
    <message>
        <source>Service levels in %1</source>
        <translation>Livelli di servizio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) measured, from %1 to %2.</source>
        <translation>
            <numerusform>%n accordo misurato, da %1 a %2.</numerusform>
            <numerusform>%n accordi misurati, da %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points from last month</source>
        <translation>%1 punti percentuali rispetto al mese precedente</translation>
    </message>
    <message>
        <source>Portfolio compliance</source>
        <translation>Conformità del portafoglio</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached</source>
        <translation>
            <numerusform>%n ticket violato</numerusform>
            <numerusform>%n ticket violati</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements at risk</source>
        <translation>Accordi a rischio</translation>
    </message>
    <message>
        <source>at risk or breached</source>
        <translation>a rischio o in violazione</translation>
    </message>
    <message>
        <source>Service credits owed</source>
        <translation>Crediti di servizio dovuti</translation>
    </message>
    <message>
        <source>Watermelons</source>
        <translation>Angurie (watermelon)</translation>
    </message>
    <message>
        <source>green targets, unhappy customer</source>
        <translation>obiettivi verdi, cliente insoddisfatto</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Revisioni previste</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>entro 30 giorni</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Rinnovi</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>entro 90 giorni</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamenti</translation>
    </message>
    <message>
        <source>Breakdowns over the period range</source>
        <translation>Ripartizioni sull&apos;intervallo di periodi</translation>
    </message>
    <message>
        <source>Customers with the most breaches</source>
        <translation>Clienti con più violazioni</translation>
    </message>
    <message>
        <source>Agreements by risk</source>
        <translation>Accordi per rischio</translation>
    </message>
    <message>
        <source>Worst first: breached targets, then targets at risk, watermelons and low compliance. The last six months are coloured by the worst status of each month.</source>
        <translation>Prima i casi peggiori: obiettivi violati, poi obiettivi a rischio, angurie (watermelon) e conformità bassa. Gli ultimi sei mesi sono colorati in base allo stato peggiore di ciascun mese.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>%1 (watermelon)</source>
        <translation>%1 (anguria)</translation>
    </message>
    <message>
        <source>Data as of %1 (the last measurement). The tiles show %2.</source>
        <translation>Dati aggiornati al %1 (l&apos;ultima misurazione). I riquadri mostrano %2.</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>soglia %1</translation>
    </message>
    <message>
        <source>Service credits owed, per currency</source>
        <translation>Crediti di servizio dovuti, per valuta</translation>
    </message>
    <message>
        <source>Compliance by region</source>
        <translation>Conformità per regione</translation>
    </message>
    <message>
        <source>Compliance by service</source>
        <translation>Conformità per servizio</translation>
    </message>
    <message numerus="yes">
        <source>The %n agreement(s) most at risk</source>
        <translation>
            <numerusform>L&apos;accordo più a rischio (%n)</numerusform>
            <numerusform>I %n accordi più a rischio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measured agreement(s) are listed.</source>
        <translation>
            <numerusform>Elencato %1 su %n accordo misurato.</numerusform>
            <numerusform>Elencati %1 su %n accordi misurati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::PriceBreakdownPanel</name>
    <message>
        <source>no tickets</source>
        <translation>nessun ticket</translation>
    </message>
    <message>
        <source>%1 of %2 met (%3 %)</source>
        <translation>%1 su %2 rispettati (%3 %)</translation>
    </message>
    <message>
        <source>Price breakdown (per month):</source>
        <translation>Ripartizione del prezzo (mensile):</translation>
    </message>
    <message>
        <source>Apply &amp;offering…</source>
        <translation>Applica &amp;offerta…</translation>
    </message>
    <message>
        <source>Copy a service level&apos;s targets and price into this agreement</source>
        <translation>Copia in questo accordo gli obiettivi e il prezzo di un livello di servizio</translation>
    </message>
    <message>
        <source>Add dis&amp;count…</source>
        <translation>Aggiungi &amp;sconto…</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>Rimuovi &amp;riga</translation>
    </message>
    <message>
        <source>What-if: another level</source>
        <translation>Simulazione: un altro livello</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Con&amp;fronta</translation>
    </message>
    <message>
        <source>The price difference, and how the level&apos;s targets would have done on the customer&apos;s tickets of the last twelve months</source>
        <translation>La differenza di prezzo e come sarebbero andati gli obiettivi del livello sui ticket del cliente degli ultimi dodici mesi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <source>With the other level</source>
        <translation>Con l&apos;altro livello</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Passa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>No breakdown: the fee on the General tab applies</source>
        <translation>Nessuna ripartizione: vale il canone della scheda Generale</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %1 a month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Totale: %1 al mese&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <source>The service has no offering priced in %1.</source>
        <translation>Il servizio non ha offerte con prezzo in %1.</translation>
    </message>
    <message>
        <source>the same price</source>
        <translation>lo stesso prezzo</translation>
    </message>
    <message>
        <source>%1 more a month</source>
        <translation>%1 in più al mese</translation>
    </message>
    <message>
        <source>%1 less a month</source>
        <translation>%1 in meno al mese</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: %4 → %5, %6.</source>
        <translation>%1 da %2 a %3: %4 → %5, %6.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>nessun livello</translation>
    </message>
    <message>
        <source>%1 (goal %2 %)</source>
        <translation>%1 (soglia %2 %)</translation>
    </message>
    <message>
        <source>Add Discount</source>
        <translation>Aggiungi sconto</translation>
    </message>
    <message>
        <source>What is the discount for?</source>
        <translation>A che cosa si riferisce lo sconto?</translation>
    </message>
    <message>
        <source>Negotiated discount</source>
        <translation>Sconto negoziato</translation>
    </message>
    <message>
        <source>Discount per month in %1, e.g. 250.00:</source>
        <translation>Sconto mensile in %1, ad es. 250.00:</translation>
    </message>
    <message>
        <source>Give an amount in %1 other than zero.</source>
        <translation>Indica un importo in %1 diverso da zero.</translation>
    </message>
</context>
<context>
    <name>Accordo::PriceLinesModel</name>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
</context>
<context>
    <name>Accordo::Pricing</name>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>%1, price line %2</source>
        <translation>%1, riga di prezzo %2</translation>
    </message>
    <message>
        <source>per user</source>
        <translation>per utente</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>per unità</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <source>%1: the quantity must be at least 1 (%2 was given)</source>
        <translation>%1: la quantità deve essere almeno 1 (indicato: %2)</translation>
    </message>
    <message>
        <source>%1: the price is in %2, the agreement in %3</source>
        <translation>%1: il prezzo è in %2, l&apos;accordo in %3</translation>
    </message>
    <message>
        <source>%1: say what the discount is for</source>
        <translation>%1: indica a che cosa si riferisce lo sconto</translation>
    </message>
    <message>
        <source>%1: a discount must lower the price (%2 was given)</source>
        <translation>%1: uno sconto deve ridurre il prezzo (indicato: %2)</translation>
    </message>
    <message>
        <source>%1: the agreement does not cover service %2</source>
        <translation>%1: l&apos;accordo non copre il servizio %2</translation>
    </message>
    <message>
        <source>%1: the unit price cannot be negative (%2 was given)</source>
        <translation>%1: il prezzo unitario non può essere negativo (indicato: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the discounts exceed the price (the total would be %2)</source>
        <translation>%1: gli sconti superano il prezzo (il totale sarebbe %2)</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Nuova offerta</translation>
    </message>
    <message>
        <source>Offering %1</source>
        <translation>Offerta %1</translation>
    </message>
    <message>
        <source>%1: the name is required</source>
        <translation>%1: il nome è obbligatorio</translation>
    </message>
    <message>
        <source>%1: choose the service</source>
        <translation>%1: scegli il servizio</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code</source>
        <translation>%1: &quot;%2&quot; non è un codice valuta</translation>
    </message>
    <message>
        <source>%1: the price cannot be negative (%2 was given)</source>
        <translation>%1: il prezzo non può essere negativo (indicato: %2)</translation>
    </message>
    <message>
        <source>%1 does not cover the service of offering %2: add the service first</source>
        <translation>%1 non copre il servizio dell&apos;offerta %2: aggiungi prima il servizio</translation>
    </message>
    <message>
        <source>%1 is priced in %2, offering %3 in %4</source>
        <translation>%1 ha il prezzo in %2, l&apos;offerta %3 in %4</translation>
    </message>
</context>
<context>
    <name>Accordo::RecordDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Ricarica la loro versione</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>Accordo::RecordEdits</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossibile completare &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Aggiunta di %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica di %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminazione di %1</translation>
    </message>
</context>
<context>
    <name>Accordo::RecordListView</name>
    <message>
        <source>Search %1…</source>
        <translation>Cerca %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n elemento corrisponde a &quot;%1&quot;</numerusform>
            <numerusform>%n elementi corrispondono a &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::RecordPermissions</name>
    <message>
        <source>Adding, editing or deleting agreements</source>
        <translation>L&apos;aggiunta, la modifica o l&apos;eliminazione di accordi</translation>
    </message>
    <message>
        <source>Adding, editing or deleting parties</source>
        <translation>L&apos;aggiunta, la modifica o l&apos;eliminazione di controparti</translation>
    </message>
    <message>
        <source>Adding, editing or deleting services</source>
        <translation>L&apos;aggiunta, la modifica o l&apos;eliminazione di servizi</translation>
    </message>
    <message>
        <source>Adding, editing or deleting calendars</source>
        <translation>L&apos;aggiunta, la modifica o l&apos;eliminazione di calendari</translation>
    </message>
</context>
<context>
    <name>Accordo::RegionDialog</name>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Business &amp;calendar:</source>
        <translation>Calendario &amp;lavorativo:</translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <translation>Modifica regione %1</translation>
    </message>
</context>
<context>
    <name>Accordo::RegionsDialog</name>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendario lavorativo</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Elimina regione</translation>
    </message>
    <message>
        <source>Delete region %1?

You can bring it back with Edit ▸ Undo.</source>
        <translation>Eliminare la regione %1?

Puoi ripristinarla con Modifica ▸ Annulla.</translation>
    </message>
</context>
<context>
    <name>Accordo::ReportCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>Accordo::ReportFiles</name>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>Portfolio %1.pdf</source>
        <translation>Portafoglio %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report salvato in %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ReportFormat</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rispettato</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violato</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>ancora nessuna misurazione</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generato il %1</translation>
    </message>
</context>
<context>
    <name>Accordo::RequirementsPanel</name>
    <message>
        <source>What the customer needs, in their words</source>
        <translation>Ciò di cui il cliente ha bisogno, con parole sue</translation>
    </message>
    <message>
        <source>One requirement per line</source>
        <translation>Un requisito per riga</translation>
    </message>
    <message>
        <source>One delivery option per line, as negotiated</source>
        <translation>Un&apos;opzione di erogazione per riga, come negoziata</translation>
    </message>
    <message>
        <source>Requirements charter</source>
        <translation>Capitolato dei requisiti</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>E&amp;sigenze:</translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation>Requ&amp;isiti:</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Ruolo o qualifica</translation>
    </message>
    <message>
        <source>Reserved for</source>
        <translation>Riservato a</translation>
    </message>
    <message>
        <source>Add approver</source>
        <translation>Aggiungi approvatore</translation>
    </message>
    <message>
        <source>Remove approver</source>
        <translation>Rimuovi approvatore</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Responsabile del servizio</translation>
    </message>
    <message>
        <source>Required approvers</source>
        <translation>Approvatori richiesti</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>Rappresentante del cliente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>(any approver)</source>
        <translation>(qualsiasi approvatore)</translation>
    </message>
    <message>
        <source>Delivery o&amp;ptions:</source>
        <translation>Opzioni di e&amp;rogazione:</translation>
    </message>
    <message>
        <source>Add a customer contact</source>
        <translation>Aggiungi un referente del cliente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(the counterparty has no contacts)</source>
        <translation>(la controparte non ha contatti)</translation>
    </message>
</context>
<context>
    <name>Accordo::ResultsRefresher</name>
    <message>
        <source>Results are up to date.</source>
        <translation>I risultati sono aggiornati.</translation>
    </message>
    <message>
        <source>The results could not be brought up to date: %1</source>
        <translation>Impossibile aggiornare i risultati: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI period(s)</source>
        <translation>
            <numerusform>%Ln periodo KPI</numerusform>
            <numerusform>%Ln periodi KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Results recomputed in %1 s: %2 and %3.</source>
        <translation>Risultati ricalcolati in %1 s: %2 e %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket verdict(s)</source>
        <translation>
            <numerusform>%Ln esito di ticket</numerusform>
            <numerusform>%Ln esiti di ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>KPIs recomputed in %1 s: %2.</source>
        <translation>KPI ricalcolati in %1 s: %2.</translation>
    </message>
</context>
<context>
    <name>Accordo::ReviewDialog</name>
    <message>
        <source>Record Review</source>
        <translation>Registra revisione</translation>
    </message>
    <message>
        <source>A quarter (2026-Q3), a month (2026-09) or a year (2026).</source>
        <translation>Un trimestre (2026-Q3), un mese (2026-09) o un anno (2026).</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nomi, separati da virgole</translation>
    </message>
    <message>
        <source>Open the amendment now (a new draft version)</source>
        <translation>Apri subito l&apos;emendamento (una nuova versione in bozza)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Accordo:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenuta il:</translation>
    </message>
    <message>
        <source>&amp;Periods reviewed:</source>
        <translation>&amp;Periodi esaminati:</translation>
    </message>
    <message>
        <source>&amp;Provider side:</source>
        <translation>Per il &amp;fornitore:</translation>
    </message>
    <message>
        <source>&amp;Customer side:</source>
        <translation>Per il &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Periods reviewed: %1</source>
        <translation>Periodi esaminati: %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ReviewPack</name>
    <message>
        <source>Review pack %1 %2</source>
        <translation>Dossier di revisione %1 %2</translation>
    </message>
    <message>
        <source>Service review · %1</source>
        <translation>Revisione del servizio · %1</translation>
    </message>
    <message>
        <source>SERVICE REVIEW PACK</source>
        <translation>DOSSIER DI REVISIONE DEL SERVIZIO</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsabile del cliente</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>nessuno assegnato</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Periodo esaminato</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuna registrata</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Provider: ______________________________________________</source>
        <translation>Fornitore: ______________________________________________</translation>
    </message>
    <message>
        <source>Customer: ______________________________________________</source>
        <translation>Cliente: ______________________________________________</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Azioni di miglioramento</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Nessuna azione aperta.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, scaduta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Closed since the last review</source>
        <translation>Chiuse dall&apos;ultima revisione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open change requests</source>
        <translation>Richieste di modifica aperte</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Outcome:  [  ] No change needed     [  ] Actions agreed     [  ] Amendment needed</source>
        <translation>Esito:  [  ] Nessuna modifica necessaria     [  ] Azioni concordate     [  ] Emendamento necessario</translation>
    </message>
    <message>
        <source>Next review: ____________________</source>
        <translation>Prossima revisione: ____________________</translation>
    </message>
</context>
<context>
    <name>Accordo::ReviewPackData</name>
    <message>
        <source>CR-%1</source>
        <translation>CR-%1</translation>
    </message>
</context>
<context>
    <name>Accordo::ReviewStore</name>
    <message>
        <source>review: there is no agreement with id %1</source>
        <translation>revisione: non esiste alcun accordo con id %1</translation>
    </message>
    <message>
        <source>review of %1</source>
        <translation>revisione di %1</translation>
    </message>
    <message>
        <source>%1: only the active version of an agreement is reviewed; this one is %2</source>
        <translation>%1: si revisiona solo la versione attiva di un accordo; questa è %2</translation>
    </message>
    <message>
        <source>%1, field date: the review needs the date it was held</source>
        <translation>%1, campo data: la revisione richiede la data in cui si è tenuta</translation>
    </message>
    <message>
        <source>%1, field date: %2 is outside the years %3 to %4</source>
        <translation>%1, campo data: %2 è fuori dagli anni da %3 a %4</translation>
    </message>
    <message>
        <source>%1, field periods: &quot;%2&quot; is not a quarter (2026-Q3), a month (2026-09) or a year (2026)</source>
        <translation>%1, campo periodi: &quot;%2&quot; non è un trimestre (2026-Q3), un mese (2026-09) né un anno (2026)</translation>
    </message>
    <message>
        <source>%1, field participants: a participant without a name</source>
        <translation>%1, campo partecipanti: un partecipante senza nome</translation>
    </message>
    <message>
        <source>%1, field participants: &quot;%2&quot; is on the side &quot;%3&quot;, which is neither provider nor customer</source>
        <translation>%1, campo partecipanti: &quot;%2&quot; è sulla parte &quot;%3&quot;, che non è né provider né customer</translation>
    </message>
    <message>
        <source>%1, field participants: a review needs someone from the provider and someone from the customer</source>
        <translation>%1, campo partecipanti: una revisione richiede almeno un partecipante del fornitore e uno del cliente</translation>
    </message>
    <message>
        <source>review of agreement %1</source>
        <translation>revisione dell&apos;accordo %1</translation>
    </message>
    <message>
        <source>agreed at the review of %1</source>
        <translation>concordata nella revisione del %1</translation>
    </message>
    <message>
        <source>there is no review with id %1</source>
        <translation>non esiste alcuna revisione con id %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (2026-Q3), a month (2026-09) or a year (2026)</source>
        <translation>&quot;%1&quot; non è un trimestre (2026-Q3), un mese (2026-09) né un anno (2026)</translation>
    </message>
</context>
<context>
    <name>Accordo::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>Inserisci tabella</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <source>Insert a placeholder that the document fills from the agreement</source>
        <translation>Inserisci un segnaposto che il documento compila con i dati dell&apos;accordo</translation>
    </message>
</context>
<context>
    <name>Accordo::Roles</name>
    <message>
        <source>SLA manager</source>
        <translation>Responsabile SLA</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approvatore</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>e.g. PRINT</source>
        <translation>ad es. PRINT</translation>
    </message>
    <message>
        <source>Offered to customers</source>
        <translation>Offerto ai clienti</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>&amp;Owner team:</source>
        <translation>&amp;Team responsabile:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Attivo:</translation>
    </message>
    <message>
        <source>Edit service %1</source>
        <translation>Modifica servizio %1</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceNowPreset</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: il file è vuoto</translation>
    </message>
    <message>
        <source>%1:%2: the column &quot;%3&quot; of a ServiceNow incident event log is missing</source>
        <translation>%1:%2: manca la colonna &quot;%3&quot; del registro eventi degli incidenti di ServiceNow</translation>
    </message>
    <message>
        <source>the incident number is missing</source>
        <translation>manca il numero dell&apos;incidente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident state (New, Active, Awaiting …, Resolved, Closed)</source>
        <translation>&quot;%1&quot; non è uno stato di incidente (New, Active, Awaiting …, Resolved, Closed)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; non è un numero intero</translation>
    </message>
    <message>
        <source>the opening instant is missing</source>
        <translation>manca l&apos;istante di apertura</translation>
    </message>
    <message>
        <source>the update instant is missing</source>
        <translation>manca l&apos;istante di aggiornamento</translation>
    </message>
    <message>
        <source>%1 comes before the opening instant %2</source>
        <translation>%1 è precedente all&apos;istante di apertura %2</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceReport</name>
    <message>
        <source>Service report %1 %2</source>
        <translation>Report di servizio %1 %2</translation>
    </message>
    <message>
        <source>Service report · %1</source>
        <translation>Report di servizio · %1</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
    <message>
        <source>cannot write the report</source>
        <translation>impossibile scrivere il report</translation>
    </message>
    <message>
        <source>SERVICE REPORT</source>
        <translation>REPORT DI SERVIZIO</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numero dell&apos;accordo</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>dal %1, a tempo indeterminato</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Canone mensile</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Referente del cliente</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sintesi per la direzione</translation>
    </message>
    <message>
        <source>No results are stored for %1: the agreement was not measured in this period, or its KPIs have not been computed yet.</source>
        <translation>Nessun risultato memorizzato per %1: l&apos;accordo non è stato misurato in questo periodo oppure i suoi KPI non sono ancora stati calcolati.</translation>
    </message>
    <message>
        <source>In %1, %2 of %3 targets were met, %4 at risk and %5 breached.</source>
        <translation>Nel periodo %1, su %3 obiettivi %2 sono stati rispettati, %4 sono a rischio e %5 sono stati violati.</translation>
    </message>
    <message>
        <source>Of %1 tickets, %2 were decided; %3 met their targets, a compliance of %4 against a goal of %5.</source>
        <translation>Su %1 ticket, %2 hanno un esito definito; %3 hanno rispettato i propri obiettivi, con una conformità del %4 rispetto a una soglia di conformità del %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) missed a target; they are listed under Breaches.</source>
        <translation>
            <numerusform>%n ticket non ha rispettato un obiettivo; è elencato nella sezione Violazioni.</numerusform>
            <numerusform>%n ticket non hanno rispettato un obiettivo; sono elencati nella sezione Violazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket missed its target.</source>
        <translation>Nessun ticket ha mancato il proprio obiettivo.</translation>
    </message>
    <message numerus="yes">
        <source>Availability was %1, with %n unplanned outage(s).</source>
        <translation>
            <numerusform>La disponibilità è stata del %1, con %n interruzione non pianificata.</numerusform>
            <numerusform>La disponibilità è stata del %1, con %n interruzioni non pianificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer satisfaction (CSAT) was %1 from %n answer(s).</source>
        <translation>
            <numerusform>La soddisfazione del cliente (CSAT) è stata del %1 su %n risposta.</numerusform>
            <numerusform>La soddisfazione del cliente (CSAT) è stata del %1 su %n risposte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the targets look green but the customer is not satisfied (a watermelon).</source>
        <translation>Attenzione: gli obiettivi risultano verdi, ma il cliente non è soddisfatto (effetto anguria, o watermelon).</translation>
    </message>
    <message>
        <source>No service credits are owed for the period.</source>
        <translation>Per il periodo non sono dovuti crediti di servizio.</translation>
    </message>
    <message>
        <source>Service credits owed for the period: %1.</source>
        <translation>Crediti di servizio dovuti per il periodo: %1.</translation>
    </message>
    <message>
        <source>The next service review is due on %1.</source>
        <translation>La prossima revisione del servizio è prevista per il %1.</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Obiettivi rispettati</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>%1 at risk, %2 breached</source>
        <translation>%1 a rischio, %2 violati</translation>
    </message>
    <message>
        <source>Ticket compliance</source>
        <translation>Conformità dei ticket</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>soglia %1</translation>
    </message>
    <message>
        <source>Tickets breached</source>
        <translation>Ticket in violazione</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Crediti di servizio</translation>
    </message>
    <message>
        <source>Results per target</source>
        <translation>Risultati per obiettivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Risp.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violati</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Budget: the error budget, how many more tickets could have been breached (for availability, how much more downtime) with the goal still met; negative when the goal was missed.</source>
        <translation>Margine: il margine di errore, cioè quanti altri ticket avrebbero potuto essere violati (per la disponibilità, quanto altro tempo di indisponibilità) mantenendo comunque la soglia di conformità; negativo se la soglia non è stata raggiunta.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamenti</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>No ticket missed its target in this period.</source>
        <translation>In questo periodo nessun ticket ha mancato il proprio obiettivo.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Aperto (UTC)</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Scadenza (UTC)</translation>
    </message>
    <message>
        <source>Business time taken</source>
        <translation>Tempo lavorativo impiegato</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more breached ticket(s).</source>
        <translation>
            <numerusform>… e %n altro ticket violato.</numerusform>
            <numerusform>… e altri %n ticket violati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and outages</source>
        <translation>Disponibilità e interruzioni</translation>
    </message>
    <message>
        <source>The agreement has no availability target in this period.</source>
        <translation>In questo periodo l&apos;accordo non ha obiettivi di disponibilità.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>Tempo concordato</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Indisponibilità</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Interruzioni</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>No outage was recorded on the agreement&apos;s services in this period.</source>
        <translation>In questo periodo non è stata registrata alcuna interruzione sui servizi dell&apos;accordo.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>planned maintenance</source>
        <translation>manutenzione pianificata</translation>
    </message>
    <message>
        <source>unplanned</source>
        <translation>non pianificata</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inizio (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fine (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Soddisfazione del cliente</translation>
    </message>
    <message numerus="yes">
        <source>CSAT (share of answers scoring 4 or 5): %1 from %n answer(s).</source>
        <translation>
            <numerusform>CSAT (quota di risposte con punteggio 4 o 5): %1 su %n risposta.</numerusform>
            <numerusform>CSAT (quota di risposte con punteggio 4 o 5): %1 su %n risposte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction survey was answered in this period.</source>
        <translation>In questo periodo non è stata data risposta ad alcun sondaggio di soddisfazione.</translation>
    </message>
    <message>
        <source>period open</source>
        <translation>periodo aperto</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Credit rate</source>
        <translation>Aliquota di credito</translation>
    </message>
    <message>
        <source>Credits are a share of the fee of the period (monthly fee %1), computed exactly from each target&apos;s credit tiers and cap once the period is closed.</source>
        <translation>I crediti sono una quota del canone del periodo (canone mensile %1), calcolata in modo esatto dalle fasce di credito e dal massimale di ciascun obiettivo alla chiusura del periodo.</translation>
    </message>
    <message>
        <source>Upcoming review and renewal</source>
        <translation>Prossima revisione e rinnovo</translation>
    </message>
    <message>
        <source>Next service review</source>
        <translation>Prossima revisione del servizio</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>nessuna pianificata</translation>
    </message>
    <message>
        <source>End of the agreement</source>
        <translation>Scadenza dell&apos;accordo</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>a tempo indeterminato</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Ultimo giorno utile per il preavviso</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Dati aggiornati al</translation>
    </message>
    <message>
        <source>%1 (the last measurement)</source>
        <translation>%1 (l&apos;ultima misurazione)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) had nothing to judge in the period (no data).</source>
        <translation>
            <numerusform>%n obiettivo non aveva nulla da valutare nel periodo (nessun dato).</numerusform>
            <numerusform>%n obiettivi non avevano nulla da valutare nel periodo (nessun dato).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk, %2 breached, %3 no data</source>
        <translation>%1 a rischio, %2 violati, %3 senza dati</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceReportAction</name>
    <message>
        <source>Service &amp;Report…</source>
        <translation>Report di servi&amp;zio…</translation>
    </message>
    <message>
        <source>The service report of the selected agreement: print preview or PDF</source>
        <translation>Il report di servizio dell&apos;accordo selezionato: anteprima di stampa o PDF</translation>
    </message>
    <message>
        <source>Service report of %1</source>
        <translation>Report di servizio di %1</translation>
    </message>
    <message>
        <source>Select an agreement in the Agreements list first</source>
        <translation>Seleziona prima un accordo nell&apos;elenco Accordi</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceReportData</name>
    <message>
        <source>&quot;%1&quot; is not a period: write a month (2026-10) or a quarter (2026-Q4)</source>
        <translation>&quot;%1&quot; non è un periodo: indica un mese (2026-10) o un trimestre (2026-Q4)</translation>
    </message>
    <message>
        <source>there is no agreement numbered %1</source>
        <translation>non esiste alcun accordo con numero %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fornitore</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceReportDialog</name>
    <message>
        <source>Service Report %1</source>
        <translation>Report di servizio %1</translation>
    </message>
    <message>
        <source>No KPIs are stored for %1 yet: there is no period to report.</source>
        <translation>Per %1 non è ancora memorizzato alcun KPI: non ci sono periodi su cui riferire.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Esporta PDF…</translation>
    </message>
    <message>
        <source>Export Service Report</source>
        <translation>Esporta report di servizio</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 non è stato scritto: %2</translation>
    </message>
    <message>
        <source>Service Report</source>
        <translation>Report di servizio</translation>
    </message>
</context>
<context>
    <name>Accordo::ServicesModel</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Accordo::SignedDocuments</name>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>%1 has a document, and this program cannot render it as the PDF that is signed: record the signature in Accordo or accordo-cli</source>
        <translation>%1 ha un documento che questo programma non può generare come il PDF da firmare: registra la firma in Accordo o in accordo-cli</translation>
    </message>
    <message>
        <source>%1: the document could not be rendered: %2</source>
        <translation>%1: impossibile generare il documento: %2</translation>
    </message>
    <message>
        <source>%1: the document rendered as an empty file</source>
        <translation>%1: il documento generato è un file vuoto</translation>
    </message>
    <message>
        <source>%1: the signed document could not be stored: %2</source>
        <translation>%1: impossibile memorizzare il documento firmato: %2</translation>
    </message>
    <message>
        <source>this version has no stored signed document to compare with</source>
        <translation>questa versione non ha un documento firmato memorizzato con cui confrontarla</translation>
    </message>
</context>
<context>
    <name>Accordo::StandardCalendars</name>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Italy office</source>
        <translation>Ufficio Italia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>UK office (England and Wales)</source>
        <translation>Ufficio Regno Unito (Inghilterra e Galles)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>US office (Eastern Time)</source>
        <translation>Ufficio Stati Uniti (ora della costa orientale)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Germany office</source>
        <translation>Ufficio Germania</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>France office</source>
        <translation>Ufficio Francia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>Spain office</source>
        <translation>Ufficio Spagna</translation>
    </message>
    <message>
        <source>Accordo has no standard calendar for %1</source>
        <translation>Accordo non ha un calendario standard per %1</translation>
    </message>
</context>
<context>
    <name>Accordo::StatusGridModel</name>
    <message>
        <source>Not measured</source>
        <translation>Non misurato</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No data: nothing to judge in the month</source>
        <translation>Nessun dato: nulla da valutare nel mese</translation>
    </message>
</context>
<context>
    <name>Accordo::SupportLinks</name>
    <message>
        <source>%1: no such agreement</source>
        <translation>%1: accordo inesistente</translation>
    </message>
    <message>
        <source>%1 is not an OLA or underpinning contract: only those support an SLA</source>
        <translation>%1 non è un OLA o un contratto di supporto: solo questi supportano uno SLA</translation>
    </message>
    <message>
        <source>%1 is not an SLA: OLAs and underpinning contracts support SLAs</source>
        <translation>%1 non è uno SLA: OLA e contratti di supporto supportano gli SLA</translation>
    </message>
    <message>
        <source>Linking %1 to %2</source>
        <translation>Collegamento di %1 a %2</translation>
    </message>
    <message>
        <source>Unlinking %1 from %2</source>
        <translation>Scollegamento di %1 da %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already supports %2</source>
        <translation>%1 supporta già %2</translation>
    </message>
    <message>
        <source>%1 does not support %2</source>
        <translation>%1 non supporta %2</translation>
    </message>
</context>
<context>
    <name>Accordo::SupportsPanel</name>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Li&amp;nk…</source>
        <translation>Co&amp;llega…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Sc&amp;ollega</translation>
    </message>
    <message>
        <source>Save the agreement first: then it can be linked to the agreements it supports or that support it.</source>
        <translation>Salvare prima l&apos;accordo: poi potrà essere collegato agli accordi che supporta o che lo supportano.</translation>
    </message>
    <message>
        <source>The SLAs this agreement supports. Its targets must be at least as strict as theirs for the same service, metric and priority.</source>
        <translation>Gli SLA che questo accordo supporta. I suoi obiettivi devono essere almeno altrettanto rigorosi dei loro per lo stesso servizio, metrica e priorità.</translation>
    </message>
    <message>
        <source>The OLAs and underpinning contracts that support this SLA. Their targets must be at least as strict as its own.</source>
        <translation>Gli OLA e i contratti di supporto che supportano questo SLA. I loro obiettivi devono essere almeno altrettanto rigorosi dei suoi.</translation>
    </message>
    <message>
        <source>%1 promises a goal of %2 % for %3, looser than %4&apos;s %5 %.</source>
        <translation>%1 promette una soglia del %2 % per %3, meno rigorosa del %5 % di %4.</translation>
    </message>
    <message>
        <source>%1 promises %2 for %3, looser than %4&apos;s %5.</source>
        <translation>%1 promette %2 per %3, meno rigoroso di %5 di %4.</translation>
    </message>
    <message>
        <source>Not consistent:</source>
        <translation>Non coerente:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Every SLA in force is linked already.</source>
        <translation>Ogni SLA in vigore è già collegato.</translation>
    </message>
    <message>
        <source>Every OLA and underpinning contract in force is linked already.</source>
        <translation>Ogni OLA e contratto di supporto in vigore è già collegato.</translation>
    </message>
    <message>
        <source>SLA that %1 supports:</source>
        <translation>SLA supportato da %1:</translation>
    </message>
    <message>
        <source>OLA or underpinning contract that supports %1:</source>
        <translation>OLA o contratto di supporto che supporta %1:</translation>
    </message>
    <message>
        <source>Unlink %1 from %2? The consistency check will no longer compare their targets.</source>
        <translation>Scollegare %1 da %2? Il controllo di coerenza non confronterà più i loro obiettivi.</translation>
    </message>
</context>
<context>
    <name>Accordo::TargetDialog</name>
    <message>
        <source>Service level target</source>
        <translation>Obiettivo di livello di servizio</translation>
    </message>
    <message>
        <source>Share of tickets (or periods) that must meet the target, in %</source>
        <translation>Quota di ticket (o di periodi) che deve rispettare il valore obiettivo, in %</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Tutte le priorità</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tutte le regioni</translation>
    </message>
    <message>
        <source>The region&apos;s calendar</source>
        <translation>Il calendario della regione</translation>
    </message>
    <message>
        <source>Compliance below (%)</source>
        <translation>Conformità inferiore a (%)</translation>
    </message>
    <message>
        <source>Credit (% of fee)</source>
        <translation>Credito (% del canone)</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Aggiungi fascia</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Rimuovi fascia</translation>
    </message>
    <message>
        <source>Most that can be credited in one period, in % of the fee</source>
        <translation>Importo massimo accreditabile in un periodo, in % del canone</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrica:</translation>
    </message>
    <message>
        <source>Custom &amp;name:</source>
        <translation>&amp;Nome personalizzato:</translation>
    </message>
    <message>
        <source>Custom &amp;unit:</source>
        <translation>&amp;Unità personalizzata:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Valore obiettivo:</translation>
    </message>
    <message>
        <source>&amp;Goal (%):</source>
        <translation>Soglia di &amp;conformità (%):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>C&amp;alendario:</translation>
    </message>
    <message>
        <source>Credit tiers:</source>
        <translation>Fasce di credito:</translation>
    </message>
    <message>
        <source>Credit c&amp;ap (%):</source>
        <translation>Massimale dei cre&amp;diti (%):</translation>
    </message>
    <message>
        <source>business time, e.g. 4h, 1h30m, 45m</source>
        <translation>tempo lavorativo, ad es. 4h, 1h30m, 45m</translation>
    </message>
    <message>
        <source>a number with up to three decimals</source>
        <translation>un numero con al massimo tre decimali</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Valore obiettivo: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Soglia di conformità: %1</translation>
    </message>
    <message>
        <source>Credit tier %1: %2</source>
        <translation>Fascia di credito %1: %2</translation>
    </message>
    <message>
        <source>Credit tier %1: the credit takes at most two decimals</source>
        <translation>Fascia di credito %1: il credito ammette al massimo due decimali</translation>
    </message>
    <message>
        <source>Credit cap: %1</source>
        <translation>Massimale dei crediti: %1</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation>al massimo due decimali</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number with at most three decimals (e.g. %2)</source>
        <translation>&quot;%1&quot; non è un numero con al massimo tre decimali (ad es. %2)</translation>
    </message>
    <message>
        <source>percent, e.g. %1</source>
        <translation>percentuale, ad es. %1</translation>
    </message>
    <message>
        <source>average score from 1 to 5, e.g. %1</source>
        <translation>punteggio medio da 1 a 5, ad es. %1</translation>
    </message>
    <message>
        <source>define it in Edit ▸ Custom Metrics</source>
        <translation>definiscila in Modifica ▸ Metriche personalizzate</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno tra: %1</translation>
    </message>
    <message>
        <source>%1 per period; %2.</source>
        <translation>%1 per periodo; %2.</translation>
    </message>
    <message>
        <source>No custom metric of this name is defined (Edit ▸ Custom Metrics): the target will not be measured.</source>
        <translation>Non è definita alcuna metrica personalizzata con questo nome (Modifica ▸ Metriche personalizzate): l&apos;obiettivo non verrà misurato.</translation>
    </message>
</context>
<context>
    <name>Accordo::TargetValue</name>
    <message>
        <source>&quot;%1&quot; is not a duration (expected e.g. 4h, 1h30m, 90m, 45s)</source>
        <translation>&quot;%1&quot; non è una durata (atteso ad es. 4h, 1h30m, 90m, 45s)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the duration must be positive</source>
        <translation>&quot;%1&quot;: la durata deve essere positiva</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number with at most three decimals</source>
        <translation>&quot;%1&quot; non è un numero con al massimo tre decimali</translation>
    </message>
    <message>
        <source>availability must be above 0 and at most 100 %, not %1</source>
        <translation>la disponibilità deve essere maggiore di 0 e al massimo pari al 100 %, non %1</translation>
    </message>
    <message>
        <source>satisfaction is scored from 1 to 5, not %1</source>
        <translation>la soddisfazione si valuta da 1 a 5, non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: numbers go up to 999,999,999,999,999.999</source>
        <translation>&quot;%1&quot; è troppo grande: i numeri arrivano fino a 999.999.999.999.999,999</translation>
    </message>
</context>
<context>
    <name>Accordo::TargetsModel</name>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Region&apos;s calendar</source>
        <translation>Calendario della regione</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>&lt; %1 %: %2 %</source>
        <translation>&lt; %1 %: %2 %</translation>
    </message>
    <message>
        <source> (cap %1 %)</source>
        <translation> (massimale %1 %)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valore obiettivo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Soglia di conformità</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Crediti di servizio</translation>
    </message>
</context>
<context>
    <name>Accordo::TemplateEditor</name>
    <message>
        <source>Add &amp;Section…</source>
        <translation>Aggiungi s&amp;ezione…</translation>
    </message>
    <message>
        <source>Add &amp;Clause…</source>
        <translation>Aggiungi &amp;clausola…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Sa&amp;ve Template</source>
        <translation>Sal&amp;va modello</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Scar&amp;ta modifiche</translation>
    </message>
    <message>
        <source>Template for &amp;kind:</source>
        <translation>Modello per il ti&amp;po:</translation>
    </message>
    <message>
        <source>Template Changed</source>
        <translation>Modello modificato</translation>
    </message>
    <message>
        <source>Save the changes to the template for %1?</source>
        <translation>Salvare le modifiche al modello per %1?</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — Italian: %2</source>
        <translation>%1 — italiano: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Clause</source>
        <translation>Aggiungi clausola</translation>
    </message>
    <message>
        <source>Clause from the library:</source>
        <translation>Clausola della libreria:</translation>
    </message>
    <message>
        <source>The section already holds the clause %1.</source>
        <translation>La sezione contiene già la clausola %1.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Aggiungi sezione</translation>
    </message>
    <message>
        <source>e.g. escalation</source>
        <translation>ad es. escalation</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Titolo in &amp;inglese:</translation>
    </message>
    <message>
        <source>Title in &amp;Italian:</source>
        <translation>Titolo in i&amp;taliano:</translation>
    </message>
</context>
<context>
    <name>Accordo::TicketReader</name>
    <message>
        <source>%1: the file is empty, not even a header</source>
        <translation>%1: il file è vuoto, manca anche l&apos;intestazione</translation>
    </message>
</context>
<context>
    <name>Accordo::TimestampFormat</name>
    <message>
        <source>the time zone is not valid</source>
        <translation>il fuso orario non è valido</translation>
    </message>
    <message>
        <source>date format &quot;%1&quot;: &quot;%2&quot; is not one of D, DD, M, MM, YYYY, H, HH, MM, SS</source>
        <translation>formato data &quot;%1&quot;: &quot;%2&quot; non è uno tra D, DD, M, MM, YYYY, H, HH, MM, SS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; non corrisponde al formato data &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>&quot;%1&quot; non è una data e ora valida</translation>
    </message>
</context>
<context>
    <name>Accordo::ToolBarTextMenu</name>
    <message>
        <source>Toolbar &amp;Text</source>
        <translation>&amp;Testo della barra degli strumenti</translation>
    </message>
    <message>
        <source>&amp;Icons Only</source>
        <translation>Solo &amp;icone</translation>
    </message>
    <message>
        <source>Text &amp;Beside Icons</source>
        <translation>Testo &amp;accanto alle icone</translation>
    </message>
    <message>
        <source>Text &amp;Under Icons</source>
        <translation>Testo &amp;sotto le icone</translation>
    </message>
</context>
<context>
    <name>Accordo::TransitionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>required: the parties will read it</source>
        <translation>obbligatoria: le parti la leggeranno</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;vazione:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commento:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Firmato il:</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>Con &amp;effetto dal:</translation>
    </message>
    <message>
        <source>Handwritten</source>
        <translation>Autografa</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elettronica</translation>
    </message>
    <message>
        <source>Qualified electronic</source>
        <translation>Elettronica qualificata</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>title, e.g. Managing Director</source>
        <translation>qualifica, ad es. Amministratore delegato</translation>
    </message>
    <message>
        <source>For the &amp;provider:</source>
        <translation>Per il f&amp;ornitore:</translation>
    </message>
    <message>
        <source>For the &amp;counterparty:</source>
        <translation>Per la con&amp;troparte:</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indica la motivazione.</translation>
    </message>
    <message>
        <source>Name who signs for each party.</source>
        <translation>Indica chi firma per ciascuna parte.</translation>
    </message>
    <message>
        <source>From the counterparty&apos;s c&amp;ontacts:</source>
        <translation>&amp;Dai contatti della controparte:</translation>
    </message>
    <message>
        <source>(someone else: type the name)</source>
        <translation>(un&apos;altra persona: digita il nome)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Accordo::Transitions</name>
    <message>
        <source>Start negotiation</source>
        <translation>Avvia negoziazione</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Riporta in bozza</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Invia in approvazione</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Record signature</source>
        <translation>Registra firma</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Emenda</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Segna come scaduto</translation>
    </message>
</context>
<context>
    <name>Accordo::UserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Chi sta lavorando?</translation>
    </message>
    <message>
        <source>Choose who works in %1. Each step is recorded under this name and allowed by its roles.</source>
        <translation>Scegli chi lavora in %1. Ogni passaggio viene registrato con questo nome e consentito in base ai suoi ruoli.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;Work as this user</source>
        <translation>&amp;Lavora come questo utente</translation>
    </message>
    <message>
        <source>On a local workspace file, this choice records who made each change; it is not a password check.</source>
        <translation>Su un file locale dell&apos;area di lavoro, questa scelta registra chi ha fatto ciascuna modifica; non è un controllo di password.</translation>
    </message>
</context>
<context>
    <name>Accordo::UserDirectory</name>
    <message>
        <source>User &quot;%1&quot;: a user name is 1–64 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Utente &quot;%1&quot;: un nome utente è composto da 1–64 lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: the name is reserved for Accordo itself</source>
        <translation>Utente &quot;%1&quot;: il nome è riservato ad Accordo stesso</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: give the user at least one role</source>
        <translation>Utente &quot;%1&quot;: assegna all&apos;utente almeno un ruolo</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; cannot be added by %2: only an administrator manages users</source>
        <translation>L&apos;utente &quot;%1&quot; non può essere aggiunto da %2: solo un amministratore gestisce gli utenti</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists</source>
        <translation>L&apos;utente &quot;%1&quot; esiste già</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: %2</source>
        <translation>Utente &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;, role %2: %3</source>
        <translation>Utente &quot;%1&quot;, ruolo %2: %3</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; in this workspace</source>
        <translation>non esiste alcun utente &quot;%1&quot; in questa area di lavoro</translation>
    </message>
    <message>
        <source>no user is named as working</source>
        <translation>nessun utente è indicato come utente corrente</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved for Accordo itself; name a user of the workspace</source>
        <translation>il nome &quot;%1&quot; è riservato ad Accordo stesso; indica un utente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>%1 does not match the server login %2</source>
        <translation>%1 non corrisponde al login del server %2</translation>
    </message>
    <message>
        <source>the server login %1 is not a user of this workspace: it can read, but not change anything</source>
        <translation>il login del server %1 non è un utente di questa area di lavoro: può leggere, ma non modificare nulla</translation>
    </message>
    <message>
        <source>the user %1 is deactivated</source>
        <translation>l&apos;utente %1 è disattivato</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: the workspace has no users yet; its first user must be an active administrator who adds themself</source>
        <translation>Utente &quot;%1&quot;: l&apos;area di lavoro non ha ancora utenti; il primo utente deve essere un amministratore attivo che aggiunge sé stesso</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: %1 does not match the server login %2</source>
        <translation>Utente &quot;%1&quot;: %1 non corrisponde al login del server %2</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; cannot be added: %2</source>
        <translation>L&apos;utente &quot;%1&quot; non può essere aggiunto: %2</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: another user was added meanwhile; ask an administrator of the workspace</source>
        <translation>Utente &quot;%1&quot;: nel frattempo è stato aggiunto un altro utente; rivolgiti a un amministratore dell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>Accordo::UserGuideDialog</name>
    <message>
        <source>Accordo User Guide</source>
        <translation>Guida utente di Accordo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>I&amp;ndice</translation>
    </message>
</context>
<context>
    <name>Accordo::VCardReader</name>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: il file supera %2 MB</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard property (NAME:value)</source>
        <translation>&quot;%1&quot; non è una proprietà vCard (NOME:valore)</translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next one</source>
        <translation>la scheda non ha END:VCARD prima della successiva</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>&quot;%1&quot; si trova fuori da una scheda (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>the card&apos;s VERSION &quot;%1&quot; is not 3.0 or 4.0</source>
        <translation>la VERSION &quot;%1&quot; della scheda non è 3.0 né 4.0</translation>
    </message>
    <message>
        <source>the card has no name (FN or N)</source>
        <translation>la scheda non ha un nome (FN o N)</translation>
    </message>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>la scheda non ha END:VCARD</translation>
    </message>
</context>
<context>
    <name>Accordo::Validation</name>
    <message>
        <source>Region: the code is required</source>
        <translation>Regione: il codice è obbligatorio</translation>
    </message>
    <message>
        <source>Region %1: the name is required</source>
        <translation>Regione %1: il nome è obbligatorio</translation>
    </message>
    <message>
        <source>%1: the name is required</source>
        <translation>%1: il nome è obbligatorio</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the name is longer than 200 characters</source>
        <translation>%1 &quot;%2&quot;: il nome supera i 200 caratteri</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not a valid e-mail address</source>
        <translation>%1 &quot;%2&quot;: &quot;%3&quot; non è un indirizzo e-mail valido</translation>
    </message>
    <message>
        <source>Service: the code &quot;%1&quot; must be 2–32 capital letters, digits, - or _</source>
        <translation>Servizio: il codice &quot;%1&quot; deve essere composto da 2–32 lettere maiuscole, cifre, - o _</translation>
    </message>
    <message>
        <source>Service %1: the name is required</source>
        <translation>Servizio %1: il nome è obbligatorio</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source>%1: choose the service it measures</source>
        <translation>%1: scegli il servizio misurato</translation>
    </message>
    <message>
        <source>%1: the target value must be positive</source>
        <translation>%1: il valore obiettivo deve essere positivo</translation>
    </message>
    <message>
        <source>%1: availability cannot exceed 100 %</source>
        <translation>%1: la disponibilità non può superare il 100 %</translation>
    </message>
    <message>
        <source>%1: satisfaction is scored from 1 to 5</source>
        <translation>%1: la soddisfazione si valuta da 1 a 5</translation>
    </message>
    <message>
        <source>%1: a custom metric needs a name</source>
        <translation>%1: una metrica personalizzata richiede un nome</translation>
    </message>
    <message>
        <source>%1: the goal must be above 0 and at most 100 %</source>
        <translation>%1: la soglia di conformità deve essere maggiore di 0 e al massimo pari al 100 %</translation>
    </message>
    <message>
        <source>%1: the credit cap must be between 0 and 100 %</source>
        <translation>%1: il massimale dei crediti deve essere compreso tra 0 e 100 %</translation>
    </message>
    <message>
        <source>%1: a credit tier must credit between 0 and 100 % of the fee</source>
        <translation>%1: una fascia di credito deve accreditare tra lo 0 e il 100 % del canone</translation>
    </message>
    <message>
        <source>%1: credit tiers must be listed by decreasing compliance band</source>
        <translation>%1: le fasce di credito devono essere elencate per soglia di conformità decrescente</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>%1: the title is required</source>
        <translation>%1: il titolo è obbligatorio</translation>
    </message>
    <message>
        <source>%1: choose the counterparty</source>
        <translation>%1: scegli la controparte</translation>
    </message>
    <message>
        <source>%1: the start date is required</source>
        <translation>%1: la data di inizio è obbligatoria</translation>
    </message>
    <message>
        <source>%1: the end date %2 is not after the start date %3</source>
        <translation>%1: la data di scadenza %2 non è successiva alla data di inizio %3</translation>
    </message>
    <message>
        <source>%1: the review interval must be 1–120 months</source>
        <translation>%1: l&apos;intervallo di revisione deve essere di 1–120 mesi</translation>
    </message>
    <message>
        <source>%1: the notice period must be 0–3650 days</source>
        <translation>%1: il periodo di preavviso deve essere di 0–3650 giorni</translation>
    </message>
    <message>
        <source>%1: the price cannot be negative</source>
        <translation>%1: il prezzo non può essere negativo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code</source>
        <translation>%1: &quot;%2&quot; non è un codice valuta</translation>
    </message>
    <message>
        <source>%1: an agreement cannot be its own parent</source>
        <translation>%1: un accordo non può essere padre di sé stesso</translation>
    </message>
    <message>
        <source>%1: a corporate-level agreement has no parent</source>
        <translation>%1: un accordo di livello aziendale non ha un accordo padre</translation>
    </message>
    <message>
        <source>%1: target %2 measures a service the agreement does not cover</source>
        <translation>%1: l&apos;obiettivo %2 misura un servizio non coperto dall&apos;accordo</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the CRM status &quot;%3&quot; is not active, lost or terminated</source>
        <translation>%1 &quot;%2&quot;: lo stato CRM &quot;%3&quot; non è active, lost o terminated</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, contact %3: the name is required</source>
        <translation>%1 &quot;%2&quot;, contatto %3: il nome è obbligatorio</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, contact %3: &quot;%4&quot; is not a valid e-mail address</source>
        <translation>%1 &quot;%2&quot;, contatto %3: &quot;%4&quot; non è un indirizzo e-mail valido</translation>
    </message>
</context>
<context>
    <name>Accordo::ValueSection</name>
    <message>
        <source>Value against cost</source>
        <translation>Valore rispetto al costo</translation>
    </message>
    <message>
        <source>%1 of revenue, %2 of credits (%3)</source>
        <translation>%1 di ricavi, %2 di crediti (%3)</translation>
    </message>
    <message>
        <source>Revenue is the monthly fee (the price breakdown&apos;s total where there is one) over the months measured; credits are the service credits owed in them. Highest share first.</source>
        <translation>I ricavi sono il canone mensile (il totale della ripartizione del prezzo, se presente) nei mesi misurati; i crediti sono i crediti di servizio dovuti in quei mesi. Prima la quota più alta.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Credits / revenue</source>
        <translation>Crediti / ricavi</translation>
    </message>
    <message numerus="yes">
        <source>The %1 highest of %n agreement(s) are listed.</source>
        <translation>
            <numerusform>È elencato %1 contratto su %n.</numerusform>
            <numerusform>Sono elencati i %1 più alti su %n contratti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::VersionDiffModel</name>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>(target)</source>
        <translation>(obiettivo)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>Accordo::VersionsPanel</name>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>Versione %1 — %2, %3</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (questa)</translation>
    </message>
    <message>
        <source>This agreement has a single version: amend it to make another.</source>
        <translation>Questo accordo ha un&apos;unica versione: emendalo per crearne un&apos;altra.</translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation>Seleziona due versioni per confrontarle.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Le due versioni sono identiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the older to the newer version:</source>
        <translation>
            <numerusform>%n modifica dalla versione meno recente alla più recente:</numerusform>
            <numerusform>%n modifiche dalla versione meno recente alla più recente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::WelcomePage</name>
    <message>
        <source>Welcome to Accordo</source>
        <translation>Benvenuto in Accordo</translation>
    </message>
    <message>
        <source>Service level management: agreements, targets in business time, measurements and reports. Where would you like to start?</source>
        <translation>Gestione dei livelli di servizio: accordi, obiettivi in tempo lavorativo, misurazioni e report. Da dove vuoi cominciare?</translation>
    </message>
    <message>
        <source>&amp;Open a Workspace…</source>
        <translation>A&amp;pri un&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>Open an Accordo workspace file on this computer or a shared drive.</source>
        <translation>Apri un&apos;area di lavoro di Accordo salvata su questo computer o su un&apos;unità condivisa.</translation>
    </message>
    <message>
        <source>Create an E&amp;mpty Workspace…</source>
        <translation>Crea un&apos;area di lavoro v&amp;uota…</translation>
    </message>
    <message>
        <source>Start from scratch, with the public holidays of your country as the first calendar.</source>
        <translation>Parti da zero, con le festività del tuo paese come primo calendario.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Server…</source>
        <translation>&amp;Connettiti a un server…</translation>
    </message>
    <message>
        <source>Work together with your team in a workspace on a PostgreSQL server.</source>
        <translation>Lavora insieme al tuo team in un&apos;area di lavoro su un server PostgreSQL.</translation>
    </message>
    <message>
        <source>E&amp;xplore the Demo</source>
        <translation>&amp;Esplora la demo</translation>
    </message>
    <message>
        <source>Look around a sample portfolio: customers, services, agreements and two years of measurements.</source>
        <translation>Dai un&apos;occhiata a un portafoglio di esempio: clienti, servizi, accordi e due anni di misurazioni.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Aree di lavoro &amp;recenti</translation>
    </message>
    <message>
        <source>No recent workspaces yet. The workspaces you open will be listed here.</source>
        <translation>Ancora nessuna area di lavoro recente. Quelle che apri compariranno qui.</translation>
    </message>
    <message>
        <source>%1 no longer exists (or its drive is not connected).</source>
        <translation>%1 non esiste più (o la sua unità non è collegata).</translation>
    </message>
</context>
<context>
    <name>Accordo::WhatIfAnalysis</name>
    <message>
        <source>Agreement %1 version %2 is %3: a what-if is for an agreement being negotiated</source>
        <translation>L&apos;accordo %1 versione %2 è nello stato &quot;%3&quot;: una simulazione è per un accordo in negoziazione</translation>
    </message>
</context>
<context>
    <name>Accordo::WorkflowActions</name>
    <message>
        <source>Select an agreement first.</source>
        <translation>Seleziona prima un accordo.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Apri prima un&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versione %2</translation>
    </message>
    <message>
        <source>Cannot %1</source>
        <translation>Impossibile eseguire &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: azione &quot;%2&quot; eseguita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Flusso di lavoro: %1</translation>
    </message>
</context>
<context>
    <name>Accordo::WorkflowText</name>
    <message>
        <source>Signed (starts %1)</source>
        <translation>Firmato (inizio %1)</translation>
    </message>
    <message>
        <source>no approvers are required</source>
        <translation>nessun approvatore richiesto</translation>
    </message>
    <message>
        <source>%1 of %2 approved: ready to sign</source>
        <translation>%1 su %2 approvati: pronto per la firma</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%1 su %2 approvati</translation>
    </message>
    <message>
        <source>%1 of %2: waiting for %3</source>
        <translation>%1 su %2: in attesa di %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approvato da %1</translation>
    </message>
    <message>
        <source>Still missing before %1:</source>
        <translation>Mancano ancora prima di %1:</translation>
    </message>
</context>
<context>
    <name>Accordo::Workspace</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 esiste già</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist or is still in use</source>
        <translation>%1 fa riferimento a un record inesistente o ancora in uso</translation>
    </message>
    <message>
        <source>%1 has a value the workspace does not accept (%2)</source>
        <translation>%1 ha un valore non accettato dall&apos;area di lavoro (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed to do this; it needs the role %3</source>
        <translation>%1: %2 non è autorizzato a eseguire questa operazione; serve il ruolo %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot;</source>
        <translation>Calendario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Regione %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 non esiste più</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; is the counterparty of %n agreement(s): delete or reassign them first</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; è la controparte di %n accordo: eliminalo o riassegnalo prima</numerusform>
            <numerusform>%1 &quot;%2&quot; è la controparte di %n accordi: eliminali o riassegnali prima</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no party with id %1</source>
        <translation>non esiste alcuna controparte con id %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Servizio %1</translation>
    </message>
    <message>
        <source>Service %1 no longer exists</source>
        <translation>Il servizio %1 non esiste più</translation>
    </message>
    <message numerus="yes">
        <source>Service %1 is covered by %n agreement(s): remove it from them first</source>
        <translation>
            <numerusform>Il servizio %1 è coperto da %n accordo: rimuovilo prima dall&apos;accordo</numerusform>
            <numerusform>Il servizio %1 è coperto da %n accordi: rimuovilo prima da questi accordi</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no service with id %1</source>
        <translation>non esiste alcun servizio con id %1</translation>
    </message>
    <message>
        <source>the number sequence %1-%2 could not be advanced</source>
        <translation>impossibile far avanzare la sequenza di numerazione %1-%2</translation>
    </message>
    <message>
        <source>%1: the parent agreement does not exist</source>
        <translation>%1: l&apos;accordo padre non esiste</translation>
    </message>
    <message>
        <source>%1: a %2-level agreement cannot sit below the %3-level agreement %4</source>
        <translation>%1: un accordo di livello &quot;%2&quot; non può stare sotto l&apos;accordo di livello &quot;%3&quot; %4</translation>
    </message>
    <message>
        <source>%1: choosing %2 as parent would make a cycle</source>
        <translation>%1: scegliere %2 come accordo padre creerebbe un ciclo</translation>
    </message>
    <message>
        <source>New agreement &quot;%1&quot;</source>
        <translation>Nuovo accordo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
    <message>
        <source>%1: a new agreement starts as a draft; it reaches %2 through the workflow</source>
        <translation>%1: un nuovo accordo nasce come bozza; raggiunge lo stato &quot;%2&quot; attraverso il workflow</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, servizio %2</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, obiettivo %2</translation>
    </message>
    <message>
        <source>%1, target %2, credit tier %3</source>
        <translation>%1, obiettivo %2, fascia di credito %3</translation>
    </message>
    <message>
        <source>Agreement %1 version %2</source>
        <translation>Accordo %1 versione %2</translation>
    </message>
    <message>
        <source>Agreement %1 no longer exists</source>
        <translation>L&apos;accordo %1 non esiste più</translation>
    </message>
    <message>
        <source>%1 is awaiting approval and cannot be changed: send it back to negotiation first</source>
        <translation>%1 è in attesa di approvazione e non può essere modificato: riportalo prima in negoziazione</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed: signed versions are immutable; amend it to create a new version</source>
        <translation>%1 è nello stato &quot;%2&quot; e non può più essere modificato: le versioni firmate sono immutabili; emendalo per creare una nuova versione</translation>
    </message>
    <message>
        <source>%1: the status changes only through the workflow (from %2 to %3 was asked)</source>
        <translation>%1: lo stato cambia solo attraverso il workflow (è stato richiesto il passaggio da %2 a %3)</translation>
    </message>
    <message>
        <source>%1: the number and version of an agreement cannot be edited</source>
        <translation>%1: il numero e la versione di un accordo non possono essere modificati</translation>
    </message>
    <message numerus="yes">
        <source>Agreement %1 has %n agreement(s) below it in the hierarchy: delete or move them first</source>
        <translation>
            <numerusform>L&apos;accordo %1 ha %n accordo subordinato nella gerarchia: eliminalo o spostalo prima</numerusform>
            <numerusform>L&apos;accordo %1 ha %n accordi subordinati nella gerarchia: eliminali o spostali prima</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 and stays on record: only drafts and versions in negotiation can be deleted</source>
        <translation>%1 è nello stato &quot;%2&quot; e resta agli atti: si possono eliminare solo le bozze e le versioni in negoziazione</translation>
    </message>
    <message>
        <source>there is no agreement numbered %1</source>
        <translation>non esiste alcun accordo con numero %1</translation>
    </message>
    <message>
        <source>there is no agreement with id %1</source>
        <translation>non esiste alcun accordo con id %1</translation>
    </message>
    <message>
        <source>%1: definition: %2</source>
        <translation>%1: definizione: %2</translation>
    </message>
    <message>
        <source>%1: name: the definition calls the calendar &quot;%2&quot;</source>
        <translation>%1: nome: nella definizione il calendario si chiama &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: time zone: &quot;%2&quot; differs from the definition&apos;s &quot;%3&quot;</source>
        <translation>%1: fuso orario: &quot;%2&quot; è diverso da quello della definizione, &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: time zone: &quot;%2&quot; is not a known IANA time zone</source>
        <translation>%1: fuso orario: &quot;%2&quot; non è un fuso orario IANA noto</translation>
    </message>
    <message>
        <source>Calendar: name: a calendar needs a name</source>
        <translation>Calendario: nome: un calendario deve avere un nome</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the calendar of the region(s) %2 and of %n target(s): give them another calendar first</source>
        <translation>
            <numerusform>%1 è il calendario delle regioni %2 e di %n obiettivo: assegna prima a tutti un altro calendario</numerusform>
            <numerusform>%1 è il calendario delle regioni %2 e di %n obiettivi: assegna prima a tutti un altro calendario</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the calendar of the region(s) %2: give them another calendar first</source>
        <translation>%1 è il calendario delle regioni %2: assegna prima loro un altro calendario</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the calendar of %n target(s): give them another calendar first</source>
        <translation>
            <numerusform>%1 è il calendario di %n obiettivo: assegnagli prima un altro calendario</numerusform>
            <numerusform>%1 è il calendario di %n obiettivi: assegna prima loro un altro calendario</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no calendar with id %1</source>
        <translation>non esiste alcun calendario con id %1</translation>
    </message>
    <message>
        <source>there is no region with id %1</source>
        <translation>non esiste alcuna regione con id %1</translation>
    </message>
    <message>
        <source>%1 is used by %2 parties and %3 targets: move them to another region first</source>
        <translation>%1 è usata da %2 controparti e da %3 obiettivi: spostali prima in un&apos;altra regione</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it, and your changes were not saved: reload it to see the other changes, or compare the two versions</source>
        <translation>%1 è stato modificato da %2 il %3 dopo che lo hai aperto e le tue modifiche non sono state salvate: ricaricalo per vedere le altre modifiche o confronta le due versioni</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it, and your changes were not saved: reload it to see the other changes</source>
        <translation>%1 è stato modificato da un altro utente dopo che lo hai aperto e le tue modifiche non sono state salvate: ricaricalo per vedere le altre modifiche</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; is used by signed agreements %2: amend them, or create a new calendar (only holidays dated after today and after every stored measurement may be added or removed)</source>
        <translation>Il calendario &quot;%1&quot; è usato dagli accordi firmati %2: emendali o crea un nuovo calendario (si possono aggiungere o rimuovere solo festività con data successiva a oggi e a ogni misurazione memorizzata)</translation>
    </message>
    <message>
        <source>%1: its calendar is used by signed agreements %2: amend them, or give the new calendar to a new region</source>
        <translation>%1: il suo calendario è usato dagli accordi firmati %2: emendali o assegna il nuovo calendario a una nuova regione</translation>
    </message>
    <message>
        <source>%1, price line %2</source>
        <translation>%1, riga di prezzo %2</translation>
    </message>
</context>
<context>
    <name>Accordo::WorkspaceCopy</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the tables refer to each other in a cycle</source>
        <translation>le tabelle fanno riferimento l&apos;una all&apos;altra in un ciclo</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has %4</source>
        <translation>%1 ha la versione dello schema %2, ma %3 ha la %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty: its table %2 has %n row(s); copy into a new workspace</source>
        <translation>
            <numerusform>%1 non è vuota: la sua tabella %2 ha %n riga; copia in una nuova area di lavoro</numerusform>
            <numerusform>%1 non è vuota: la sua tabella %2 ha %n righe; copia in una nuova area di lavoro</numerusform>
        </translation>
    </message>
    <message>
        <source>copying into %1 failed, nothing was written: %2</source>
        <translation>copia in %1 non riuscita, non è stato scritto nulla: %2</translation>
    </message>
    <message>
        <source>the copy is incomplete: %1 has %2 rows in %3 but %4 in %5</source>
        <translation>la copia è incompleta: %1 ha %2 righe in %3, ma %4 in %5</translation>
    </message>
    <message>
        <source>the copied audit trail does not verify: %1</source>
        <translation>la verifica della traccia di audit copiata non è riuscita: %1</translation>
    </message>
    <message>
        <source>the source has a column &quot;%1&quot; that Accordo&apos;s schema does not have: it is not an Accordo workspace</source>
        <translation>l&apos;origine ha una colonna &quot;%1&quot; che lo schema di Accordo non ha: non è un&apos;area di lavoro di Accordo</translation>
    </message>
    <message>
        <source>the source has no column &quot;%1&quot;: it is not an Accordo workspace of this schema version</source>
        <translation>l&apos;origine non ha la colonna &quot;%1&quot;: non è un&apos;area di lavoro di Accordo di questa versione dello schema</translation>
    </message>
    <message>
        <source>%1 has no table &quot;%2&quot;: the source is not an Accordo workspace of this schema version</source>
        <translation>%1 non ha la tabella &quot;%2&quot;: l&apos;origine non è un&apos;area di lavoro di Accordo di questa versione dello schema</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Feasible with the new rota; the backtest shows the target would have been met most months.</source>
        <translation>Fattibile con il nuovo turno; il backtest mostra che l&apos;obiettivo sarebbe stato rispettato nella maggior parte dei mesi.</translation>
    </message>
    <message>
        <source>Feasible: two more engineers on the early shift.</source>
        <translation>Fattibile: due tecnici in più nel turno del mattino.</translation>
    </message>
    <message>
        <source>Not at the same price: the backtest shows the target would have been breached too often.</source>
        <translation>Non allo stesso prezzo: il backtest mostra che l&apos;obiettivo sarebbe stato violato troppo spesso.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>the document of agreement %1</source>
        <translation>il documento dell&apos;accordo %1</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 1000000000000</source>
        <translation>&quot;%1&quot; non è un numero intero da 0 a 1000000000000</translation>
    </message>
    <message>
        <source>the metric is missing</source>
        <translation>manca la metrica</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month YYYY-MM</source>
        <translation>&quot;%1&quot; non è un mese YYYY-MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month from %2 to %3</source>
        <translation>&quot;%1&quot; non è un mese da %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give an instant (observed_at) or a month (period), not both</source>
        <translation>&quot;%1&quot;: indica un istante (observed_at) o un mese (period), non entrambi</translation>
    </message>
    <message>
        <source>neither an instant (observed_at) nor a month (period) is given</source>
        <translation>non è indicato né un istante (observed_at) né un mese (period)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number with at most three decimals</source>
        <translation>&quot;%1&quot; non è un numero con al massimo tre decimali</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a value or successes and attempts, not both</source>
        <translation>&quot;%1&quot;: indica un valore oppure successi e tentativi, non entrambi</translation>
    </message>
    <message>
        <source>neither a value nor successes and attempts are given</source>
        <translation>non è indicato né un valore né successi e tentativi</translation>
    </message>
    <message>
        <source>the successes are missing</source>
        <translation>mancano i successi</translation>
    </message>
    <message>
        <source>the attempts are missing</source>
        <translation>mancano i tentativi</translation>
    </message>
    <message>
        <source>&quot;0&quot;: there must be at least one attempt</source>
        <translation>&quot;0&quot;: serve almeno un tentativo</translation>
    </message>
    <message>
        <source>%1 attempts cannot hold %2 successes</source>
        <translation>%1 tentativi non possono contenere %2 successi</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
    <message>
        <source>cannot write the report</source>
        <translation>impossibile scrivere il report</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numero dell&apos;accordo</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Referente del cliente</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accordo — service level management</source>
        <translation>Accordo — gestione dei livelli di servizio</translation>
    </message>
    <message>
        <source>Create the workspace with demo data when it does not exist yet.</source>
        <translation>Crea l&apos;area di lavoro con dati dimostrativi se non esiste ancora.</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>The workspaces to open, each in its own window.</source>
        <translation>Le aree di lavoro da aprire, ciascuna nella propria finestra.</translation>
    </message>
    <message>
        <source>Could not create the demo workspace %1: %2</source>
        <translation>Impossibile creare l&apos;area di lavoro dimostrativa %1: %2</translation>
    </message>
</context>
</TS>
