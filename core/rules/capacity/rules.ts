/** Texts of the capacity rules: what the channel can carry and how Meta rates it. */
import type { RuleDefinition } from '../definition';

/** The capacity family of the catalogue. */
export const capacityRules: readonly RuleDefinition[] = [
  {
    id: 'capacity.messaging-limit',
    severity: 'warning',
    title: { en: 'Audience above the messaging limit', fr: "Audience au-delà de la limite d'envoi" },
    messages: {
      default: {
        en: 'The audience has {count} opted-in contacts, more than channel {channel} may reach in 24 hours ({limit}): the others are refused until the limit frees up.',
        fr: "L'audience compte {count} contacts consentants, plus que le canal {channel} ne peut en joindre en 24 heures ({limit}) : les autres sont refusés jusqu'à ce que la limite se libère.",
      },
    },
    teaching: {
      en: 'Meta limits how many unique people business-initiated messages reach in a rolling 24 hours. Since 2025-10-07 the limit belongs to the business portfolio and is shared by its numbers: 250 to start, 2,000 after business verification, then 10,000, 100,000 and unlimited, raised automatically when quality is good and at least half the limit was used over the last 7 days. Replies inside the customer service window do not count. Meta documents no dedicated error code: sends beyond the limit fail, and must wait for the window to roll.',
      fr: "Meta limite le nombre de personnes distinctes que les messages à l'initiative de l'entreprise atteignent sur 24 heures glissantes. Depuis le 7 octobre 2025, la limite appartient au portefeuille d'entreprise et est partagée par ses numéros : 250 au départ, 2 000 après vérification de l'entreprise, puis 10 000, 100 000 et illimité, relevée automatiquement quand la qualité est bonne et qu'au moins la moitié de la limite a servi sur les 7 derniers jours. Les réponses dans la fenêtre de service client ne comptent pas. Meta ne documente pas de code d'erreur dédié : les envois au-delà échouent et doivent attendre que la fenêtre glisse.",
    },
    sources: ['WhatsApp rules §5.3 messaging limits (history; since 2025-10-07)', '[Meta] messaging-limits.md; [3p] dev.to wapgrowai ("No dedicated code documented")'],
  },
  {
    id: 'capacity.quality-red',
    severity: 'warning',
    title: { en: 'Low quality rating', fr: 'Note de qualité basse' },
    messages: {
      default: {
        en: 'Channel {channel} has a RED (low) quality rating: recipients have been blocking or reporting it. Sending more can bring restrictions and paused templates.',
        fr: 'Le canal {channel} a une note de qualité ROUGE (basse) : des destinataires le bloquent ou le signalent. Envoyer davantage peut entraîner des restrictions et des modèles en pause.',
      },
    },
    teaching: {
      en: 'Meta rates each number GREEN, YELLOW or RED from recent user feedback (blocks, reports) over about 7 days. Before October 2025 a RED number was flagged and lost a messaging tier if it did not recover within 7 days; since then there is no downgrade, but low quality still brings restrictions (131048), template pauses (132015) and account enforcement (368, 131031). Send less, to people who asked for it, until the rating recovers.',
      fr: "Meta note chaque numéro VERT, JAUNE ou ROUGE d'après les retours récents des utilisateurs (blocages, signalements) sur environ 7 jours. Avant octobre 2025, un numéro ROUGE était signalé et perdait un palier de limite s'il ne se rétablissait pas en 7 jours ; depuis, plus de rétrogradation, mais une qualité basse entraîne toujours des restrictions (131048), des modèles en pause (132015) et des sanctions sur le compte (368, 131031). Envoyez moins, à des personnes qui l'ont demandé, jusqu'à ce que la note remonte.",
    },
    sources: ['WhatsApp rules §5.4 quality rating and phone number status', '[3p] aliyun manage-phone-numbers; [3p] doubletick; [3p] chatapp.online'],
    metaErrors: [131048, 132015, 368, 131031],
  },
];
