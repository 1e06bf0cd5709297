/** What the Slack surface says about delivery itself, beside the answer's own wording (`answer/wording.fr.ts`). */
export const deliveryWording = {
  alreadyPublished: 'Déjà publiée : cette réponse a été publiée dans le canal.',
  feedbackNotSaved: 'Merci pour votre retour. Il n’a pas pu être enregistré pour l’instant ; réessayez dans un moment.',
} as const;
