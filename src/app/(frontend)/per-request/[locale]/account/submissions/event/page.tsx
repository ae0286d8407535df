import { accountMetadata, type AccountPageProps } from '@/components/account/accountPage'
import { ProposalPage } from '@/components/submissions/proposalPage'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'submissionProposeEvent')

export default function ProposeEventPage(props: AccountPageProps) {
  return <ProposalPage {...props} collection="events" />
}
