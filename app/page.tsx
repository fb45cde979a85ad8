import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';

export default async function Home() {
  const user = await requireUser();
  // A lead's month starts with their own measures; everyone else with the catalogue.
  redirect(user.roles.includes('lead') ? '/my-measures' : '/measures');
}
